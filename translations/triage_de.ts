<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/filedialogs.cpp" line="22"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="34"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../ui/statenames.cpp" line="23"/>
        <source>human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="24"/>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="25"/>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../ui/statenames.cpp" line="10"/>
        <source>unlabeled</source>
        <translation>ungelabelt</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="11"/>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="12"/>
        <source>auto-accepted</source>
        <translation>automatisch akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="13"/>
        <source>human-labeled</source>
        <translation>von Menschen gelabelt</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="14"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="15"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>triage::ui::AddModelDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="213"/>
        <source>The model outputs probabilities, not logits</source>
        <translation>Das Modell gibt Wahrscheinlichkeiten aus, keine Logits</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="216"/>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="217"/>
        <source>From the file name (.pt, .onnx)</source>
        <translation>Aus dem Dateinamen (.pt, .onnx)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="218"/>
        <source>TorchScript (LibTorch)</source>
        <translation>TorchScript (LibTorch)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="219"/>
        <source>ONNX (OpenCV DNN, CPU)</source>
        <translation>ONNX (OpenCV DNN, CPU)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="220"/>
        <source>ImageNet mean and std</source>
        <translation>ImageNet-Mittelwert und -Standardabweichung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="221"/>
        <source>Pixels scaled to 0…1</source>
        <translation>Pixel auf 0…1 skaliert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="222"/>
        <source>Pixels scaled to −1…1</source>
        <translation>Pixel auf −1…1 skaliert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="223"/>
        <source>Classifier (a score per class)</source>
        <translation>Klassifikator (ein Wert je Klasse)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="224"/>
        <source>Embedder (a vector per image)</source>
        <translation>Embedder (ein Vektor je Bild)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="233"/>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="234"/>
        <source>BGR</source>
        <translation>BGR</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="235"/>
        <source>Gray</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="236"/>
        <source>Stretch to the input</source>
        <translation>Auf die Eingabe strecken</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="237"/>
        <source>Fit, padding the rest</source>
        <translation>Einpassen, Rest auffüllen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="238"/>
        <source>Crop the centre</source>
        <translation>Mitte ausschneiden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="240"/>
        <source>Model output</source>
        <translation>Modellausgabe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="240"/>
        <source>Project class</source>
        <translation>Projektklasse</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="251"/>
        <source>Load Class Names…</source>
        <translation>Klassennamen laden…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="254"/>
        <source>Model file:</source>
        <translation>Modelldatei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="257"/>
        <source>Models (*.pt *.pth *.ts *.torchscript *.onnx);;All files (*)</source>
        <translation>Modelle (*.pt *.pth *.ts *.torchscript *.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="260"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="256"/>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="261"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="262"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="263"/>
        <source>the forward&apos;s output; or a method or node name</source>
        <translation>die Ausgabe von forward; oder ein Methoden- oder Knotenname</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="265"/>
        <source>Embedding output:</source>
        <translation>Einbettungsausgabe:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="266"/>
        <source>Input size:</source>
        <translation>Eingabegröße:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="267"/>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="268"/>
        <source>Resize:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="269"/>
        <source>Normalisation:</source>
        <translation>Normalisierung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="271"/>
        <source>Model outputs:</source>
        <translation>Modellausgaben:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="272"/>
        <source>Mapping:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="293"/>
        <source>Class names, one a line</source>
        <translation>Klassennamen, einer je Zeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="293"/>
        <source>Text (*.txt *.names);;All files (*)</source>
        <translation>Text (*.txt *.names);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="342"/>
        <source>(abstain)</source>
        <translation>(enthält sich)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="383"/>
        <source>Choose the model file and give it a name.</source>
        <translation>Wählen Sie die Modelldatei und geben Sie ihr einen Namen.</translation>
    </message>
</context>
<context>
    <name>triage::ui::BrowseView</name>
    <message>
        <location filename="../ui/browseview.cpp" line="19"/>
        <source>Remove from Project…</source>
        <translation>Aus dem Projekt entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="21"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="42"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="78"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="97"/>
        <source>%L1 items</source>
        <translation>%L1 Elemente</translation>
    </message>
</context>
<context>
    <name>triage::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="129"/>
        <source>Export dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="130"/>
        <source>ImageFolder (a folder per class)</source>
        <translation>ImageFolder (ein Ordner pro Klasse)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="131"/>
        <source>CSV (path, label, source, confidence)</source>
        <translation>CSV (Pfad, Label, Quelle, Konfidenz)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="132"/>
        <source>Human and auto-accepted labels</source>
        <translation>Menschliche und automatisch akzeptierte Labels</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="133"/>
        <source>Human labels only</source>
        <translation>Nur menschliche Labels</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="136"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="137"/>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="138"/>
        <source>New folder:</source>
        <translation>Neuer Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="139"/>
        <source>Export into</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="166"/>
        <source>Choose a new or empty folder to export into.</source>
        <translation>Wählen Sie einen neuen oder leeren Ordner für den Export.</translation>
    </message>
</context>
<context>
    <name>triage::ui::ItemTableModel</name>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="103"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="104"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="105"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="106"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="107"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
</context>
<context>
    <name>triage::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Auto-accept at %1 confidence after %2 human labels per class; applies from the next auto-label run</source>
        <translation>Automatisch akzeptieren ab %1 Konfidenz nach %2 menschlichen Labels pro Klasse; gilt ab dem nächsten Auto-Labeling</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Removed %n item(s) from the project.</source>
        <translation>
            <numerusform>%n Element aus dem Projekt entfernt.</numerusform>
            <numerusform>%n Elemente aus dem Projekt entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>%1: %L2 of %L3</source>
        <translation>%1: %L2 von %L3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Triage projects (*.triage);;All files (*)</source>
        <translation>Triage-Projekte (*.triage);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>&amp;Import Folder…</source>
        <translation>Ordner &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>Import folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Import Folder with &amp;Class Sub-folders…</source>
        <translation>Ordner mit &amp;Klassen-Unterordnern importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>Import folder (sub-folders named after classes)</source>
        <translation>Ordner importieren (Unterordner nach Klassen benannt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Export Dataset…</source>
        <translation>Datensatz &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;Label</source>
        <translation>&amp;Labeln</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Auto-label</source>
        <translation>&amp;Automatisch labeln</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Auto-accept &amp;Settings…</source>
        <translation>Einstellungen für automatisches &amp;Akzeptieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>&amp;Add Model…</source>
        <translation>Modell &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>&amp;Score Items with</source>
        <translation>Elemente &amp;bewerten mit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Learner Learns From</source>
        <translation>&amp;Lernmodell lernt aus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>Pixels (the built-in network)</source>
        <translation>Pixeln (das eingebaute Netz)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>Features of %1</source>
        <translation>Merkmalen von %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>Another job is running; wait for it or cancel it.</source>
        <translation>Ein anderer Auftrag läuft; warten Sie oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>%1 — Triage</source>
        <translation>%1 — Triage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>Remove from Project</source>
        <translation>Aus dem Projekt entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="411"/>
        <source>Remove %n item(s) from the project? Their files stay where they are; the removal is recorded in the decision log.</source>
        <translation>
            <numerusform>%n Element aus dem Projekt entfernen? Die Datei bleibt, wo sie ist; das Entfernen wird im Entscheidungsprotokoll festgehalten.</numerusform>
            <numerusform>%n Elemente aus dem Projekt entfernen? Die Dateien bleiben, wo sie sind; das Entfernen wird im Entscheidungsprotokoll festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="429"/>
        <source>%1 done: %2</source>
        <translation>%1 fertig: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="430"/>
        <source>%1 stopped: %2</source>
        <translation>%1 gestoppt: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>A job is running. Cancel it and quit? What it finished is kept.</source>
        <translation>Ein Auftrag läuft. Abbrechen und beenden? Was er fertiggestellt hat, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>triage::ui::NewProjectDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="60"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="61"/>
        <source>One class a line, e.g.
cat
dog</source>
        <translation>Eine Klasse pro Zeile, z. B.
katze
hund</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="71"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="72"/>
        <source>Classes:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="73"/>
        <source>Project file:</source>
        <translation>Projektdatei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="74"/>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="75"/>
        <source>Triage projects (*.triage)</source>
        <translation>Triage-Projekte (*.triage)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="105"/>
        <source>Give the project a name.</source>
        <translation>Geben Sie dem Projekt einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="107"/>
        <source>A project needs at least two classes.</source>
        <translation>Ein Projekt braucht mindestens zwei Klassen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="109"/>
        <source>Choose where to save the project file.</source>
        <translation>Wählen Sie, wo die Projektdatei gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="111"/>
        <source>%1 already exists; choose another file.</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>triage::ui::ProjectSession</name>
    <message>
        <location filename="../ui/projectsession.cpp" line="102"/>
        <source>Waiting for the project file: another program is writing to it. Your decision will be stored as soon as it is free.</source>
        <translation>Warte auf die Projektdatei: Ein anderes Programm schreibt gerade hinein. Ihre Entscheidung wird gespeichert, sobald sie frei ist.</translation>
    </message>
</context>
<context>
    <name>triage::ui::ReviewView</name>
    <message>
        <location filename="../ui/reviewview.cpp" line="55"/>
        <source>Type to filter classes</source>
        <translation>Tippen, um Klassen zu filtern</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="109"/>
        <source>Keys: type to filter · 1–9, 0 pick · Enter accept (or pick the first match) · Ctrl+S skip · Esc clear filter · Backspace/Ctrl+Z undo · Ctrl+Shift+Z redo</source>
        <translation>Tasten: tippen filtert · 1–9, 0 wählen · Enter akzeptieren (oder ersten Treffer wählen) · Ctrl+S überspringen · Esc Filter leeren · Backspace/Ctrl+Z rückgängig · Ctrl+Shift+Z wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="111"/>
        <source>Keys: 1–9, 0 pick a class · Enter/Space accept the suggestion · S skip · Backspace/Ctrl+Z undo · Ctrl+Shift+Z redo</source>
        <translation>Tasten: 1–9, 0 Klasse wählen · Enter/Leertaste Vorschlag akzeptieren · S überspringen · Backspace/Ctrl+Z rückgängig · Ctrl+Shift+Z wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="174"/>
        <source>Open or create a project (File menu), then import a folder of images.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt (Menü Datei) und importieren Sie dann einen Bilderordner.</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="175"/>
        <source>The review queue is empty. Import more images, or run Label ▸ Auto-label.</source>
        <translation>Die Prüfwarteschlange ist leer. Importieren Sie weitere Bilder oder starten Sie Labeln ▸ Automatisch labeln.</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="177"/>
        <source>Nothing to review</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="180"/>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="188"/>
        <source>  ·  now: %1</source>
        <translation>  ·  jetzt: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="192"/>
        <source>No suggestion yet</source>
        <translation>Noch kein Vorschlag</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="193"/>
        <source>The learner trains once people have labelled some items (Label ▸ Auto-label).</source>
        <translation>Das Modell lernt, sobald Menschen einige Elemente gelabelt haben (Labeln ▸ Automatisch labeln).</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="196"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="207"/>
        <source>then: %1</source>
        <translation>danach: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="209"/>
        <source>suggested by the project&apos;s models (no learner yet)</source>
        <translation>von den Modellen des Projekts vorgeschlagen (noch kein Lernmodell)</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="213"/>
        <source>models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="219"/>
        <source>In queue: %L1   ·   decided this session: %L2   ·   human labels: %L3</source>
        <translation>In der Warteschlange: %L1   ·   in dieser Sitzung entschieden: %L2   ·   menschliche Labels: %L3</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="235"/>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="322"/>
        <source>There is no suggestion to accept yet: pick a class with its key.</source>
        <translation>Es gibt noch keinen Vorschlag: Wählen Sie eine Klasse mit ihrer Taste.</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="340"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="343"/>
        <source>Label as %1</source>
        <translation>Als %1 labeln</translation>
    </message>
</context>
<context>
    <name>triage::ui::RoutingDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="175"/>
        <source>Auto-accept settings</source>
        <translation>Einstellungen für automatisches Akzeptieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="184"/>
        <source>An item is auto-accepted when the learner&apos;s calibrated confidence reaches the threshold and people have labelled at least the minimum number of items of its class. Everything else goes to review. Applies from the next auto-label run.</source>
        <translation>Ein Element wird automatisch akzeptiert, wenn die kalibrierte Konfidenz des Modells den Schwellenwert erreicht und Menschen mindestens die Mindestzahl an Elementen seiner Klasse gelabelt haben. Alles andere geht in die Prüfung. Gilt ab dem nächsten Auto-Labeling.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="191"/>
        <source>Confidence threshold:</source>
        <translation>Konfidenz-Schwellenwert:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="192"/>
        <source>Human labels per class first:</source>
        <translation>Vorher menschliche Labels pro Klasse:</translation>
    </message>
</context>
</TS>
