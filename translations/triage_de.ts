<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="20"/>
        <source>Labels per class</source>
        <translation>Labels je Klasse</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="21"/>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="22"/>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="23"/>
        <source>people&apos;s labels</source>
        <translation>Labels von Menschen</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="24"/>
        <source>still needed</source>
        <translation>noch nötig</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="25"/>
        <source>Learning curve</source>
        <translation>Lernkurve</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="26"/>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="27"/>
        <source>no auto-label round yet</source>
        <translation>noch keine Runde automatisches Labeln</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="28"/>
        <source>audited precision, 95% interval</source>
        <translation>geprüfte Präzision, 95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="29"/>
        <source>held-out accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="30"/>
        <source>auto-accept rate</source>
        <translation>Anteil automatisch akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="31"/>
        <source>audited precision</source>
        <translation>geprüfte Präzision</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="32"/>
        <source>agreement with people</source>
        <translation>Übereinstimmung mit Menschen</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="33"/>
        <source>Confidence of the current round</source>
        <translation>Konfidenz der aktuellen Runde</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="34"/>
        <source>top probability</source>
        <translation>höchste Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="35"/>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="36"/>
        <source>Reliability on people&apos;s labels</source>
        <translation>Verlässlichkeit an Labels von Menschen</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="37"/>
        <source>no person&apos;s label has a score yet</source>
        <translation>noch kein Label eines Menschen hat eine Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="38"/>
        <source>share right</source>
        <translation>Anteil richtig</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="39"/>
        <source>mean confidence</source>
        <translation>mittlere Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="40"/>
        <source>Class distribution</source>
        <translation>Klassenverteilung</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="41"/>
        <source>people&apos;s</source>
        <translation>von Menschen</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="42"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="43"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="44"/>
        <source>Drift per round</source>
        <translation>Drift je Runde</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="45"/>
        <source>Jensen-Shannon divergence</source>
        <translation>Jensen-Shannon-Divergenz</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="46"/>
        <source>all labels vs reference</source>
        <translation>alle Labels gegen Referenz</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="47"/>
        <source>new imports vs earlier</source>
        <translation>neue Importe gegen frühere</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="48"/>
        <source>What the last round changed</source>
        <translation>Was die letzte Runde geändert hat</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="49"/>
        <source>automatic labels</source>
        <translation>automatische Labels</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="50"/>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="51"/>
        <source>moved in</source>
        <translation>hierher gewechselt</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="52"/>
        <source>moved out</source>
        <translation>weggewechselt</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="53"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="54"/>
        <source>Annotator throughput</source>
        <translation>Durchsatz der Annotierenden</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="55"/>
        <source>annotator</source>
        <translation>Annotierende(r)</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="56"/>
        <source>items an hour</source>
        <translation>Elemente je Stunde</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="57"/>
        <source>no person has decided yet</source>
        <translation>noch hat kein Mensch entschieden</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../ui/statenames.cpp" line="35"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="38"/>
        <source>Auto-label</source>
        <translation>Automatisch labeln</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="41"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="44"/>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="47"/>
        <source>Score with model</source>
        <translation>Mit Modell bewerten</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="50"/>
        <source>Apply labeling functions</source>
        <translation>Labeling-Funktionen anwenden</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="59"/>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="63"/>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="65"/>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 h %2 min</translation>
    </message>
</context>
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
        <location filename="../ui/dialogs.cpp" line="37"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../ui/statenames.cpp" line="25"/>
        <source>human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="26"/>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="27"/>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../ui/statenames.cpp" line="12"/>
        <source>unlabeled</source>
        <translation>ungelabelt</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="13"/>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="14"/>
        <source>auto-accepted</source>
        <translation>automatisch akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="15"/>
        <source>human-labeled</source>
        <translation>von Menschen gelabelt</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="16"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="17"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>triage::ui::AddModelDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="456"/>
        <source>The model outputs probabilities, not logits</source>
        <translation>Das Modell gibt Wahrscheinlichkeiten aus, keine Logits</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="459"/>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="460"/>
        <source>From the file name (.pt, .onnx)</source>
        <translation>Aus dem Dateinamen (.pt, .onnx)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="461"/>
        <source>TorchScript (LibTorch)</source>
        <translation>TorchScript (LibTorch)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="462"/>
        <source>ONNX (OpenCV DNN, CPU)</source>
        <translation>ONNX (OpenCV DNN, CPU)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="463"/>
        <source>ImageNet mean and std</source>
        <translation>ImageNet-Mittelwert und -Standardabweichung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="464"/>
        <source>Pixels scaled to 0…1</source>
        <translation>Pixel auf 0…1 skaliert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="465"/>
        <source>Pixels scaled to −1…1</source>
        <translation>Pixel auf −1…1 skaliert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="466"/>
        <source>Classifier (a score per class)</source>
        <translation>Klassifikator (ein Wert je Klasse)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="467"/>
        <source>Embedder (a vector per image)</source>
        <translation>Embedder (ein Vektor je Bild)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="476"/>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="477"/>
        <source>BGR</source>
        <translation>BGR</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="478"/>
        <source>Gray</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="479"/>
        <source>Stretch to the input</source>
        <translation>Auf die Eingabe strecken</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="480"/>
        <source>Fit, padding the rest</source>
        <translation>Einpassen, Rest auffüllen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="481"/>
        <source>Crop the centre</source>
        <translation>Mitte ausschneiden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="483"/>
        <source>Model output</source>
        <translation>Modellausgabe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="483"/>
        <source>Project class</source>
        <translation>Projektklasse</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="494"/>
        <source>Load Class Names…</source>
        <translation>Klassennamen laden…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="497"/>
        <source>Model file:</source>
        <translation>Modelldatei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="500"/>
        <source>Models (*.pt *.pth *.ts *.torchscript *.onnx);;All files (*)</source>
        <translation>Modelle (*.pt *.pth *.ts *.torchscript *.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="503"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="499"/>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="504"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="505"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="506"/>
        <source>the forward&apos;s output; or a method or node name</source>
        <translation>die Ausgabe von forward; oder ein Methoden- oder Knotenname</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="508"/>
        <source>Embedding output:</source>
        <translation>Einbettungsausgabe:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="509"/>
        <source>Input size:</source>
        <translation>Eingabegröße:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="510"/>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="511"/>
        <source>Resize:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="512"/>
        <source>Normalisation:</source>
        <translation>Normalisierung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="514"/>
        <source>Model outputs:</source>
        <translation>Modellausgaben:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="515"/>
        <source>Mapping:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="536"/>
        <source>Class names, one a line</source>
        <translation>Klassennamen, einer je Zeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="536"/>
        <source>Text (*.txt *.names);;All files (*)</source>
        <translation>Text (*.txt *.names);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="616"/>
        <source>(abstain)</source>
        <translation>(enthält sich)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="657"/>
        <source>Choose the model file and give it a name.</source>
        <translation>Wählen Sie die Modelldatei und geben Sie ihr einen Namen.</translation>
    </message>
</context>
<context>
    <name>triage::ui::BrowseSession</name>
    <message>
        <location filename="../ui/browsesession.cpp" line="81"/>
        <source>suspect: the model says %1 (%2%), the label %3%</source>
        <translation>verdächtig: das Modell sagt %1 (%2 %), das Label %3 %</translation>
    </message>
</context>
<context>
    <name>triage::ui::BrowseView</name>
    <message>
        <location filename="../ui/browseview.cpp" line="35"/>
        <source>Remove from Project…</source>
        <translation>Aus dem Projekt entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="38"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="42"/>
        <source>Suspect labels</source>
        <translation>Verdächtige Labels</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="44"/>
        <source>Labels by people or imports that the model, scored out of fold, doubts: most suspect first</source>
        <translation>Labels von Personen oder Importen, die das Modell (außerhalb der Falte bewertet) anzweifelt: verdächtigste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="49"/>
        <source>Search file names</source>
        <translation>Dateinamen suchen</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="54"/>
        <source>Small thumbnails</source>
        <translation>Kleine Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="55"/>
        <source>Large thumbnails</source>
        <translation>Große Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="76"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="127"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="148"/>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="181"/>
        <source>%L1 items</source>
        <translation>%L1 Elemente</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="191"/>
        <source>All states (%L1)</source>
        <translation>Alle Zustände (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="195"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
</context>
<context>
    <name>triage::ui::CreateVersionDialog</name>
    <message>
        <location filename="../ui/versionspanel.cpp" line="82"/>
        <source>Train, validation and test splits</source>
        <translation>Trainings-, Validierungs- und Testaufteilung</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="86"/>
        <source>Create Dataset Version</source>
        <translation>Datensatzversion erstellen</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="89"/>
        <source>People&apos;s, imported and auto-accepted labels</source>
        <translation>Labels von Menschen, importierte und automatisch akzeptierte</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="90"/>
        <source>People&apos;s and imported labels only</source>
        <translation>Nur Labels von Menschen und importierte</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="91"/>
        <source>Automatic labels below this confidence are left out</source>
        <translation>Automatische Labels unter dieser Konfidenz werden weggelassen</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="98"/>
        <source>Each class is split in these fractions. An item keeps the split an earlier version with the same fractions and seed gave it while its label is unchanged, so test items never become training items.</source>
        <translation>Jede Klasse wird in diesen Anteilen aufgeteilt. Ein Element behält die Aufteilung, die ihm eine frühere Version mit denselben Anteilen und demselben Startwert gab, solange sein Label gleich bleibt; so werden Testelemente nie zu Trainingselementen.</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="102"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="104"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="106"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="108"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="112"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="113"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="114"/>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="115"/>
        <source>Minimum confidence of automatic labels:</source>
        <translation>Mindestkonfidenz automatischer Labels:</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="122"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="149"/>
        <source>Give the version a name (1 to 100 characters, no control characters).</source>
        <translation>Geben Sie der Version einen Namen (1 bis 100 Zeichen, keine Steuerzeichen).</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="151"/>
        <source>The split fractions must add up to 1.</source>
        <translation>Die Anteile der Aufteilung müssen zusammen 1 ergeben.</translation>
    </message>
</context>
<context>
    <name>triage::ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="38"/>
        <source>Review queue: %L1 items</source>
        <translation>Prüf-Warteschlange: %L1 Elemente</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="41"/>
        <source>%1 at %2 s an item</source>
        <translation>%1 bei %2 s je Element</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="46"/>
        <source>%1 of %2 classes not auto-accepted yet</source>
        <translation>%1 von %2 Klassen noch nicht automatisch akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="55"/>
        <source>Expected calibration error %1 over %L2 labels (out-of-fold scores)</source>
        <translation>Erwarteter Kalibrierungsfehler %1 über %L2 Labels (Bewertungen außerhalb der Falte)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="61"/>
        <source>Reference: round #%1</source>
        <translation>Referenz: Runde #%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="65"/>
        <source>new imports&apos; features %1 standard deviations from earlier items&apos;</source>
        <translation>Merkmale neuer Importe %1 Standardabweichungen von denen früherer Elemente</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="73"/>
        <source>Round #%1, %2</source>
        <translation>Runde #%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="80"/>
        <source>%1: %L2 items</source>
        <translation>%1: %L2 Elemente</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="84"/>
        <source>%1 took the suggestion</source>
        <translation>%1 übernahmen den Vorschlag</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="100"/>
        <source>People took the model&apos;s suggestion for %1 of %L2 new labels, below the %3 set.</source>
        <translation>Menschen übernahmen den Vorschlag des Modells bei %1 von %L2 neuen Labels, unter den eingestellten %3.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="107"/>
        <source>People confirmed %1 of %L2 audited auto-accepts, below the %3 set.</source>
        <translation>Menschen bestätigten %1 von %L2 geprüften automatischen Übernahmen, unter den eingestellten %3.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="114"/>
        <source>The classes of %L1 new imports differ from earlier items&apos; by %2, above the %3 set.</source>
        <translation>Die Klassen von %L1 neuen Importen weichen um %2 von denen früherer Elemente ab, über den eingestellten %3.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="121"/>
        <source>The classes of all labels moved %1 from the reference round, above the %2 set.</source>
        <translation>Die Klassen aller Labels haben sich um %1 von der Referenzrunde entfernt, über den eingestellten %2.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="127"/>
        <source>New imports&apos; features lie %1 standard deviations from earlier items&apos;, above the %2 set.</source>
        <translation>Die Merkmale neuer Importe liegen %1 Standardabweichungen von denen früherer Elemente, über den eingestellten %2.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="139"/>
        <source>Round #%1: %2</source>
        <translation>Runde #%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="145"/>
        <source>Drift Limits…</source>
        <translation>Drift-Grenzen…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="146"/>
        <source>Save Report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="152"/>
        <source>When a drift figure should raise a warning, and the round label drift is measured against</source>
        <translation>Wann eine Drift-Kennzahl warnen soll, und gegen welche Runde die Label-Drift gemessen wird</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="154"/>
        <source>Write every chart as SVG and PNG, and every figure as JSON, into a folder</source>
        <translation>Jedes Diagramm als SVG und PNG und jede Zahl als JSON in einen Ordner schreiben</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="207"/>
        <source>The dashboard could not be read: %1</source>
        <translation>Das Dashboard konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="235"/>
        <source>%L1 items · %L2 labelled by people · %L3 auto-accepted · %L4 waiting for review</source>
        <translation>%L1 Elemente · %L2 von Menschen gelabelt · %L3 automatisch akzeptiert · %L4 warten auf Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="253"/>
        <source>Drift warning: %1</source>
        <translation>Drift-Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="286"/>
        <source>Save the Dashboard Report In</source>
        <translation>Dashboard-Bericht speichern in</translation>
    </message>
</context>
<context>
    <name>triage::ui::DriftLimitsDialog</name>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="21"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="44"/>
        <source>Drift Limits</source>
        <translation>Drift-Grenzen</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="45"/>
        <source>The first round</source>
        <translation>Die erste Runde</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="47"/>
        <source>Round #%1 (%2)</source>
        <translation>Runde #%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="55"/>
        <source>Warn when people take the suggestion less than</source>
        <translation>Warnen, wenn Menschen den Vorschlag seltener übernehmen als</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="56"/>
        <source>Warn when audited precision falls below</source>
        <translation>Warnen, wenn die geprüfte Präzision fällt unter</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="57"/>
        <source>Warn when new imports&apos; classes differ by more than</source>
        <translation>Warnen, wenn die Klassen neuer Importe abweichen um mehr als</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="58"/>
        <source>Warn when all labels&apos; classes move by more than</source>
        <translation>Warnen, wenn sich die Klassen aller Labels verschieben um mehr als</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="59"/>
        <source>Warn when new imports&apos; features shift by more than</source>
        <translation>Warnen, wenn sich die Merkmale neuer Importe verschieben um mehr als</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="60"/>
        <source>Compare label classes with</source>
        <translation>Label-Klassen vergleichen mit</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="62"/>
        <source>Class differences are Jensen-Shannon divergences (0: the same, 1: nothing in common). Feature shift needs a backbone and is in standard deviations. The lowest value of each box switches the warning off.</source>
        <translation>Klassenunterschiede sind Jensen-Shannon-Divergenzen (0: gleich, 1: nichts gemeinsam). Die Merkmalsverschiebung braucht ein Backbone und wird in Standardabweichungen gemessen. Der kleinste Wert jedes Felds schaltet die Warnung aus.</translation>
    </message>
</context>
<context>
    <name>triage::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="169"/>
        <location filename="../ui/dialogs.cpp" line="320"/>
        <source>Counting the labels…</source>
        <translation>Labels werden gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="171"/>
        <source>Export dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="172"/>
        <source>The labels as they are now</source>
        <translation>Die aktuellen Labels</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="174"/>
        <source>ImageFolder (a folder per class; per split when the version has splits)</source>
        <translation>ImageFolder (ein Ordner je Klasse; je Aufteilung, wenn die Version Aufteilungen hat)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="175"/>
        <source>CSV (path, label, source, confidence)</source>
        <translation>CSV (Pfad, Label, Quelle, Konfidenz)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="176"/>
        <source>JSON Lines (one object per item, with where its label came from)</source>
        <translation>JSON Lines (ein Objekt je Element, mit der Herkunft seines Labels)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="177"/>
        <source>COCO (image-level categories)</source>
        <translation>COCO (Kategorien auf Bildebene)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="178"/>
        <source>YOLO classification (train/val/test folders and classes.txt)</source>
        <translation>YOLO-Klassifikation (Ordner train/val/test und classes.txt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="179"/>
        <source>Hugging Face imagefolder (metadata.jsonl)</source>
        <translation>Hugging Face imagefolder (metadata.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="180"/>
        <source>Label Studio tasks (automatic labels as predictions)</source>
        <translation>Label-Studio-Aufgaben (automatische Labels als Vorhersagen)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="184"/>
        <source>Human and auto-accepted labels</source>
        <translation>Menschliche und automatisch akzeptierte Labels</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="185"/>
        <source>Human labels only</source>
        <translation>Nur menschliche Labels</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="186"/>
        <source>Copy them</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="187"/>
        <source>Hard-link them (copies where the disk cannot link)</source>
        <translation>Hart verlinken (kopiert, wo das Laufwerk nicht verlinken kann)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="188"/>
        <source>Refer to the originals by path</source>
        <translation>Auf die Originale per Pfad verweisen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="191"/>
        <source>Labels of:</source>
        <translation>Labels von:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="192"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="193"/>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="194"/>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="195"/>
        <source>New folder:</source>
        <translation>Neuer Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="196"/>
        <source>Export into</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="232"/>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="278"/>
        <source>This format keeps the images in its own folders: copy or link them.</source>
        <translation>Dieses Format legt die Bilder in eigenen Ordnern ab: kopieren oder verlinken Sie sie.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="281"/>
        <source>YOLO needs train and validation splits: choose a dataset version created with splits (File ▸ Create Dataset Version).</source>
        <translation>YOLO braucht Trainings- und Validierungsaufteilungen: Wählen Sie eine Datensatzversion mit Aufteilungen (Datei ▸ Datensatzversion erstellen).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="325"/>
        <source>No item has such a label: the export would be empty.</source>
        <translation>Kein Element hat ein solches Label: Der Export wäre leer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="326"/>
        <source>Writes %L1 items: %L2 labelled by people or imports, %L3 auto-accepted. Classes with items: %L4.</source>
        <translation>Schreibt %L1 Elemente: %L2 von Menschen oder Importen gelabelt, %L3 automatisch akzeptiert. Klassen mit Elementen: %L4.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="334"/>
        <source>Splits: %L1 train, %L2 validation, %L3 test.</source>
        <translation>Aufteilungen: %L1 Training, %L2 Validierung, %L3 Test.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="369"/>
        <source>Choose a new or empty folder to export into.</source>
        <translation>Wählen Sie einen neuen oder leeren Ordner für den Export.</translation>
    </message>
</context>
<context>
    <name>triage::ui::GridView</name>
    <message>
        <location filename="../ui/gridview.cpp" line="28"/>
        <source>Awaiting review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="29"/>
        <source>Auto-accepted, to verify</source>
        <translation>Automatisch akzeptiert, zu bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="30"/>
        <source>Audits</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="43"/>
        <source>Items the model calls</source>
        <translation>Elemente, die das Modell nennt</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="109"/>
        <source>Looking for items…</source>
        <translation>Elemente werden gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="129"/>
        <source>No such items: choose another class or source.</source>
        <translation>Keine solchen Elemente: wählen Sie eine andere Klasse oder Quelle.</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="236"/>
        <source>%L1 labels stored.</source>
        <translation>%L1 Labels gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="246"/>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="252"/>
        <source>Storing…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="257"/>
        <source>%L1 of %L2 marked as %3. Click (or Space) unmarks a wrong one; Enter labels the marked ones and shows the next page.</source>
        <translation>%L1 von %L2 als %3 markiert. Klick (oder Leertaste) hebt eine falsche Markierung auf; Eingabe labelt die markierten und zeigt die nächste Seite.</translation>
    </message>
</context>
<context>
    <name>triage::ui::ImageView</name>
    <message>
        <location filename="../ui/imageview.cpp" line="127"/>
        <source>Fit %1</source>
        <translation>Eingepasst %1</translation>
    </message>
</context>
<context>
    <name>triage::ui::ItemTableModel</name>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="164"/>
        <source>The model&apos;s suggestion, not a label yet</source>
        <translation>Vorschlag des Modells, noch kein Label</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="196"/>
        <source>suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="214"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="215"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="216"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="217"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="218"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="219"/>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
</context>
<context>
    <name>triage::ui::LfEditor</name>
    <message>
        <location filename="../ui/lfeditor.cpp" line="86"/>
        <source>Edit labeling function</source>
        <translation>Labeling-Funktion bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="86"/>
        <source>Add labeling function</source>
        <translation>Labeling-Funktion hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="88"/>
        <source>File name or path pattern</source>
        <translation>Muster für Dateiname oder Pfad</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="89"/>
        <location filename="../ui/lfeditor.cpp" line="208"/>
        <source>Folder name</source>
        <translation>Ordnername</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="90"/>
        <source>Metadata and image statistics</source>
        <translation>Metadaten und Bildstatistik</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="91"/>
        <source>Detector (OpenCV cascade)</source>
        <translation>Detektor (OpenCV-Kaskade)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="92"/>
        <source>Template match</source>
        <translation>Vorlagenabgleich</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="93"/>
        <source>Near-duplicate of a human label</source>
        <translation>Beinahe-Duplikat eines menschlichen Labels</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="94"/>
        <source>Project classifier</source>
        <translation>Klassifikator des Projekts</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="95"/>
        <source>Nearest human-labelled neighbours</source>
        <translation>Nächste von Menschen gelabelte Nachbarn</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="96"/>
        <source>In-app learner</source>
        <translation>Eingebautes Lernmodell</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="113"/>
        <source>pixels (16×16 thumbnails)</source>
        <translation>Pixel (16×16-Vorschaubilder)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="140"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="141"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="142"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="143"/>
        <source>What it votes on sample items, before anything is stored</source>
        <translation>Was sie für Stichprobenelemente stimmt, bevor etwas gespeichert wird</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="183"/>
        <source>*bag* or a regular expression</source>
        <translation>*tasche* oder ein regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="185"/>
        <source>Glob (* and ?)</source>
        <translation>Glob (* und ?)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="186"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="188"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="189"/>
        <source>Whole path</source>
        <translation>Ganzer Pfad</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="190"/>
        <source>Case-sensitive</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="191"/>
        <source>Pattern:</source>
        <translation>Muster:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="192"/>
        <source>Syntax:</source>
        <translation>Syntax:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="193"/>
        <source>Match against:</source>
        <translation>Abgleichen mit:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="195"/>
        <location filename="../ui/lfeditor.cpp" line="269"/>
        <location filename="../ui/lfeditor.cpp" line="346"/>
        <location filename="../ui/lfeditor.cpp" line="373"/>
        <source>Votes:</source>
        <translation>Stimmt für:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="204"/>
        <source>The nearest folder of an item&apos;s path that is named here decides its class.</source>
        <translation>Der nächste hier genannte Ordner im Pfad eines Elements bestimmt seine Klasse.</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="208"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="211"/>
        <source>Add Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="212"/>
        <source>Remove Folder</source>
        <translation>Ordner entfernen</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="243"/>
        <source>Votes when every condition holds. Leave From or To empty for an open range; formats as png|jpeg; hue in degrees (From above To wraps through red).</source>
        <translation>Stimmt, wenn jede Bedingung erfüllt ist. Von oder Bis leer lassen für einen offenen Bereich; Formate als png|jpeg; Farbton in Grad (Von über Bis läuft über Rot).</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="249"/>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="249"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="249"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="252"/>
        <source>Add Condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="253"/>
        <source>Remove Condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="282"/>
        <source>width (pixels)</source>
        <translation>Breite (Pixel)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="283"/>
        <source>height (pixels)</source>
        <translation>Höhe (Pixel)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="284"/>
        <source>aspect ratio (width / height)</source>
        <translation>Seitenverhältnis (Breite / Höhe)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="285"/>
        <source>file size (bytes)</source>
        <translation>Dateigröße (Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="286"/>
        <source>channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="287"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="288"/>
        <source>brightness (0–1)</source>
        <translation>Helligkeit (0–1)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="289"/>
        <source>contrast (0–0.5)</source>
        <translation>Kontrast (0–0,5)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="290"/>
        <source>saturation (0–1)</source>
        <translation>Sättigung (0–1)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="291"/>
        <source>dominant hue (degrees)</source>
        <translation>vorherrschender Farbton (Grad)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="292"/>
        <source>sharpness (Laplacian variance)</source>
        <translation>Schärfe (Laplace-Varianz)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="293"/>
        <source>near-white fraction</source>
        <translation>Anteil fast weißer Pixel</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="294"/>
        <source>near-black fraction</source>
        <translation>Anteil fast schwarzer Pixel</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="324"/>
        <location filename="../ui/lfeditor.cpp" line="356"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="326"/>
        <source>Cascade file</source>
        <translation>Kaskadendatei</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="326"/>
        <source>Cascades (*.xml)</source>
        <translation>Kaskaden (*.xml)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="335"/>
        <source>fires at least</source>
        <translation>mindestens auslöst</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="336"/>
        <source>never fires</source>
        <translation>nie auslöst</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="339"/>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="343"/>
        <source>Cascade:</source>
        <translation>Kaskade:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="344"/>
        <source>Votes when it:</source>
        <translation>Stimmt, wenn sie:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="358"/>
        <source>Reference image</source>
        <translation>Referenzbild</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="359"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="371"/>
        <source>Reference image:</source>
        <translation>Referenzbild:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="372"/>
        <source>Minimum match score:</source>
        <translation>Mindestübereinstimmung:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="383"/>
        <source> of 64 bits</source>
        <translation> von 64 Bit</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="384"/>
        <source>Votes the class of the human-labelled item whose perceptual hash differs by at most:</source>
        <translation>Stimmt für die Klasse des von Menschen gelabelten Elements, dessen Wahrnehmungs-Hash sich höchstens so sehr unterscheidet:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="398"/>
        <source>Classifier:</source>
        <translation>Klassifikator:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="399"/>
        <source>Votes its top class from confidence:</source>
        <translation>Stimmt für seine beste Klasse ab Konfidenz:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="410"/>
        <source>Space:</source>
        <translation>Raum:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="411"/>
        <source>Votes when this many nearest human labels agree:</source>
        <translation>Stimmt, wenn so viele nächste menschliche Labels übereinstimmen:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="422"/>
        <source>Votes the learner&apos;s top class from confidence:</source>
        <translation>Stimmt für die beste Klasse des Lernmodells ab Konfidenz:</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="551"/>
        <source>Previewing…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="574"/>
        <source>person: %1</source>
        <translation>Mensch: %1</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="597"/>
        <source>Votes on %1 of %2 sample items</source>
        <translation>Stimmt für %1 von %2 Stichprobenelementen</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="599"/>
        <source>; right on %1 of the %2 a person labelled (%3%)</source>
        <translation>; richtig bei %1 der %2 von Menschen gelabelten (%3 %)</translation>
    </message>
</context>
<context>
    <name>triage::ui::LfPanel</name>
    <message>
        <location filename="../ui/lfpanel.cpp" line="64"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="65"/>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="66"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="67"/>
        <location filename="../ui/lfpanel.cpp" line="141"/>
        <source>Disa&amp;ble</source>
        <translation>Deakti&amp;vieren</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="68"/>
        <source>A&amp;pply to All Items</source>
        <translation>Auf alle Elemente an&amp;wenden</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="70"/>
        <source>Labeling Functions</source>
        <translation>Labeling-Funktionen</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="72"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="72"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="72"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="72"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="72"/>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="73"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="73"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="73"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="73"/>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="73"/>
        <source>Learned</source>
        <translation>Gelernt</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="74"/>
        <source>Items it votes on</source>
        <translation>Elemente, für die sie stimmt</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="75"/>
        <source>Items it and another function vote on</source>
        <translation>Elemente, für die sie und eine andere Funktion stimmen</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="77"/>
        <source>Items another function votes a different class on</source>
        <translation>Elemente, für die eine andere Funktion eine andere Klasse stimmt</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="79"/>
        <source>How often it agrees with people, on the items they labelled</source>
        <translation>Wie oft sie mit Menschen übereinstimmt, bei den von ihnen gelabelten Elementen</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="80"/>
        <source>Human-labelled items it voted on</source>
        <translation>Von Menschen gelabelte Elemente, für die sie stimmte</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="82"/>
        <source>The accuracy the label model estimated for it</source>
        <translation>Die Genauigkeit, die das Label-Modell für sie schätzt</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="94"/>
        <source>Dawid–Skene (learns each function&apos;s accuracy)</source>
        <translation>Dawid–Skene (lernt die Genauigkeit jeder Funktion)</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="96"/>
        <source>Weighted vote (each function&apos;s accuracy on human labels)</source>
        <translation>Gewichtete Abstimmung (Genauigkeit jeder Funktion an menschlichen Labels)</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="98"/>
        <source>Majority vote</source>
        <translation>Mehrheitsentscheid</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="100"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="102"/>
        <source>Export labeling functions</source>
        <translation>Labeling-Funktionen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="104"/>
        <location filename="../ui/lfpanel.cpp" line="112"/>
        <source>Labeling functions (*.json)</source>
        <translation>Labeling-Funktionen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="109"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="111"/>
        <location filename="../ui/lfpanel.cpp" line="348"/>
        <source>Import labeling functions</source>
        <translation>Labeling-Funktionen importieren</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="117"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="127"/>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="141"/>
        <source>Ena&amp;ble</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="152"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="157"/>
        <source>Label model:</source>
        <translation>Label-Modell:</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="225"/>
        <source>%L1 of %L2 items have a vote, %L3 have conflicting votes.</source>
        <translation>%L1 von %L2 Elementen haben eine Stimme, %L3 widersprüchliche Stimmen.</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="250"/>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="253"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="253"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lfpanel.cpp" line="337"/>
        <source>Wrote %n labeling function(s) to %1.</source>
        <translation>
            <numerusform>%n Labeling-Funktion nach %1 geschrieben.</numerusform>
            <numerusform>%n Labeling-Funktionen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="363"/>
        <source>Remove labeling function</source>
        <translation>Labeling-Funktion entfernen</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="364"/>
        <source>Remove &apos;%1&apos; with all its versions and votes?</source>
        <translation>„%1“ mit allen Versionen und Stimmen entfernen?</translation>
    </message>
</context>
<context>
    <name>triage::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Saved the dashboard report in %1</source>
        <translation>Dashboard-Bericht in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>The dashboard report was not saved: %1</source>
        <translation>Der Dashboard-Bericht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Auto-accept at %1% precision</source>
        <translation>Automatisch übernehmen bei %1 % Präzision</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Auto-accept at %1 confidence</source>
        <translation>Automatisch übernehmen ab Konfidenz %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>%1 after %2 human labels per class; applies from the next auto-label run</source>
        <translation>%1 nach %2 menschlichen Labels pro Klasse; gilt ab dem nächsten Auto-Labeling</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Removed %n item(s) from the project.</source>
        <translation>
            <numerusform>%n Element aus dem Projekt entfernt.</numerusform>
            <numerusform>%n Elemente aus dem Projekt entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>%1 waits for %2 to finish.</source>
        <translation>%1 wartet, bis %2 fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>%1 %L2 of %L3</source>
        <translation>%1 %L2 von %L3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Triage projects (*.triage);;All files (*)</source>
        <translation>Triage-Projekte (*.triage);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>Open Project on &amp;Server…</source>
        <translation>Projekt auf &amp;Server öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>&amp;Import Folder…</source>
        <translation>Ordner &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="274"/>
        <source>Import folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>Import Folder with &amp;Class Sub-folders…</source>
        <translation>Ordner mit &amp;Klassen-Unterordnern importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Import folder (sub-folders named after classes)</source>
        <translation>Ordner importieren (Unterordner nach Klassen benannt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>&amp;Export Dataset…</source>
        <translation>Datensatz &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Create Dataset &amp;Version…</source>
        <translation>Datensatz&amp;version erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>&amp;Dataset Versions…</source>
        <translation>&amp;Datensatzversionen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>&amp;Label</source>
        <translation>&amp;Labeln</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>&amp;Auto-label</source>
        <translation>&amp;Automatisch labeln</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>&amp;Retrain Automatically</source>
        <translation>Automatisch &amp;neu trainieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>Start an auto-label round by itself after every %L1 new labels</source>
        <translation>Nach je %L1 neuen Labels von selbst eine Runde automatisches Labeln starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>Auto-accept &amp;Settings…</source>
        <translation>Einstellungen für automatisches &amp;Akzeptieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Auto-accept by &amp;Class…</source>
        <translation>Automatische Übernahme nach &amp;Klasse…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>&amp;Labeling Functions…</source>
        <translation>&amp;Labeling-Funktionen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364"/>
        <source>&amp;Add Model…</source>
        <translation>Modell &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>&amp;Score Items with</source>
        <translation>Elemente &amp;bewerten mit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>&amp;Learner Learns From</source>
        <translation>&amp;Lernmodell lernt aus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="381"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>&amp;Actual Size (100%)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>&amp;Keep Zoom Between Items</source>
        <translation>&amp;Zoom zwischen Elementen beibehalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>&amp;Brighter</source>
        <translation>&amp;Heller</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>&amp;Darker</source>
        <translation>&amp;Dunkler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>More &amp;Contrast</source>
        <translation>Mehr &amp;Kontrast</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>&amp;Less Contrast</source>
        <translation>&amp;Weniger Kontrast</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>&amp;Reset Brightness and Contrast</source>
        <translation>Helligkeit und Kontrast &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411"/>
        <source>Dar&amp;k Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <source>Review &amp;Keys</source>
        <translation>&amp;Tasten der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>Pixels (the built-in network)</source>
        <translation>Pixeln (das eingebaute Netz)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>Features of %1</source>
        <translation>Merkmalen von %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="456"/>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <location filename="../ui/mainwindow.cpp" line="615"/>
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>Created dataset version &apos;%1&apos;: %L2 items.</source>
        <translation>Datensatzversion „%1“ erstellt: %L2 Elemente.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>The dataset version was not created: %1</source>
        <translation>Die Datensatzversion wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="584"/>
        <source>Cancelling %1…</source>
        <translation>%1 wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>then: %1</source>
        <translation>danach: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="625"/>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>Open project on a server</source>
        <translation>Projekt auf einem Server öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <source>The project&apos;s PostgreSQL URL, postgresql://user@host:port/database.
The password comes from ~/.pgpass or PGPASSFILE.</source>
        <translation>Die PostgreSQL-URL des Projekts, postgresql://benutzer@host:port/datenbank.
Das Passwort kommt aus ~/.pgpass oder PGPASSFILE.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>%1 is not a postgresql:// URL.</source>
        <translation>%1 ist keine postgresql://-URL.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="695"/>
        <source>%1 — Triage</source>
        <translation>%1 — Triage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="707"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="758"/>
        <source>An auto-label round is already on its way.</source>
        <translation>Eine Runde automatisches Labeln läuft bereits oder wartet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="784"/>
        <source>Remove from Project</source>
        <translation>Aus dem Projekt entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="785"/>
        <source>Remove %n item(s) from the project? Their files stay where they are; the removal is recorded in the decision log.</source>
        <translation>
            <numerusform>%n Element aus dem Projekt entfernen? Die Datei bleibt, wo sie ist; das Entfernen wird im Entscheidungsprotokoll festgehalten.</numerusform>
            <numerusform>%n Elemente aus dem Projekt entfernen? Die Dateien bleiben, wo sie sind; das Entfernen wird im Entscheidungsprotokoll festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="808"/>
        <source>%1 done: %2</source>
        <translation>%1 fertig: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="809"/>
        <source>%1 stopped: %2</source>
        <translation>%1 gestoppt: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="887"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="888"/>
        <source>A job is running. Cancel it and quit? What it finished is kept.</source>
        <translation>Ein Auftrag läuft. Abbrechen und beenden? Was er fertiggestellt hat, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>triage::ui::NewProjectDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="63"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="64"/>
        <source>One class a line, e.g.
cat
dog</source>
        <translation>Eine Klasse pro Zeile, z. B.
katze
hund</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="83"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="84"/>
        <source>Classes:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="85"/>
        <source>A project file, or the postgresql://user@host/database URL of a database a team shares</source>
        <translation>Eine Projektdatei oder die postgresql://benutzer@host/datenbank-URL einer Datenbank, die ein Team teilt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="87"/>
        <source>Project file:</source>
        <translation>Projektdatei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="88"/>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="89"/>
        <source>Triage projects (*.triage)</source>
        <translation>Triage-Projekte (*.triage)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="135"/>
        <source>Give the project a name.</source>
        <translation>Geben Sie dem Projekt einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="137"/>
        <source>A project needs at least two classes.</source>
        <translation>Ein Projekt braucht mindestens zwei Klassen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="139"/>
        <source>Choose where to save the project file.</source>
        <translation>Wählen Sie, wo die Projektdatei gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="143"/>
        <source>%1 already exists; choose another file.</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="154"/>
        <source>The folder %1 does not exist and cannot be made; choose another place.</source>
        <translation>Der Ordner %1 existiert nicht und kann nicht angelegt werden; wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="157"/>
        <source>The folder %1 cannot be written to; choose another place.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden; wählen Sie einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>triage::ui::ProjectSession</name>
    <message>
        <location filename="../ui/projectsession.cpp" line="111"/>
        <source>Waiting for the project file: another program is writing to it. Your decision will be stored as soon as it is free.</source>
        <translation>Warte auf die Projektdatei: Ein anderes Programm schreibt gerade hinein. Ihre Entscheidung wird gespeichert, sobald sie frei ist.</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="365"/>
        <source>not scored yet: the next auto-label round will</source>
        <translation>noch nicht bewertet: die nächste Runde automatisches Labeln tut es</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="368"/>
        <source>an audit: auto-accept would have taken it as %1 (%2%); your answer measures auto-accept&apos;s precision</source>
        <translation>eine Stichprobe: die automatische Übernahme hätte es als %1 (%2 %) genommen; Ihre Antwort misst deren Präzision</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="374"/>
        <source>the labeling functions disagree on it</source>
        <translation>die Labeling-Funktionen sind sich uneinig</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="380"/>
        <source>%1 is not auto-accepted yet: about %L2 more labels of it are needed</source>
        <translation>%1 wird noch nicht automatisch übernommen: etwa %L2 weitere Labels davon werden gebraucht</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="384"/>
        <source>%1 is not auto-accepted yet: no item of it is confident enough for the target precision</source>
        <translation>%1 wird noch nicht automatisch übernommen: kein Element davon ist sicher genug für die Zielpräzision</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="388"/>
        <source>%1% is under %2&apos;s threshold of %3%</source>
        <translation>%1 % liegt unter der Schwelle von %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="395"/>
        <source>the model is unsure (%1%)</source>
        <translation>das Modell ist unsicher (%1 %)</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="418"/>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="419"/>
        <source>skip</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="420"/>
        <source>undo</source>
        <translation>rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="421"/>
        <source>remove</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="424"/>
        <source>%1 %2: %3%4</source>
        <translation>%1 %2: %3%4</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="427"/>
        <source> (undone)</source>
        <translation> (rückgängig gemacht)</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="438"/>
        <source>Your pace: %L1 s an item (%L2 an hour)</source>
        <translation>Ihr Tempo: %L1 s je Element (%L2 pro Stunde)</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="443"/>
        <source>Agreed with the suggestion: %1%</source>
        <translation>Dem Vorschlag gefolgt: %1 %</translation>
    </message>
</context>
<context>
    <name>triage::ui::ReviewView</name>
    <message>
        <location filename="../ui/reviewview.cpp" line="67"/>
        <source>Type to filter classes</source>
        <translation>Tippen, um Klassen zu filtern</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="116"/>
        <source>1–9, 0</source>
        <translation>1–9, 0</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="116"/>
        <source>pick the class with that key</source>
        <translation>die Klasse mit dieser Taste wählen</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="117"/>
        <source>Enter, Space</source>
        <translation>Eingabe, Leertaste</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="117"/>
        <source>accept the suggestion</source>
        <translation>den Vorschlag übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="118"/>
        <source>S (Ctrl+S with many classes)</source>
        <translation>S (Strg+S bei vielen Klassen)</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="118"/>
        <source>skip: the item comes back later</source>
        <translation>überspringen: das Element kommt später wieder</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="119"/>
        <source>Backspace, Ctrl+Z</source>
        <translation>Rücktaste, Strg+Z</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="119"/>
        <source>undo the last decision</source>
        <translation>die letzte Entscheidung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="120"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Strg+Umschalt+Z</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="120"/>
        <source>redo</source>
        <translation>wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="121"/>
        <source>PageUp</source>
        <translation>Bild auf</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="121"/>
        <source>the item decided last, again: look, or decide anew</source>
        <translation>das zuletzt entschiedene Element noch einmal: ansehen oder neu entscheiden</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="122"/>
        <source>letters (more than ten classes)</source>
        <translation>Buchstaben (mehr als zehn Klassen)</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="122"/>
        <source>filter the classes; Esc clears</source>
        <translation>die Klassen filtern; Esc leert den Filter</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="123"/>
        <source>Ctrl+Plus, Ctrl+Minus, wheel</source>
        <translation>Strg+Plus, Strg+Minus, Mausrad</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="123"/>
        <source>zoom in, out (the wheel about the pointer)</source>
        <translation>vergrößern, verkleinern (das Mausrad um den Zeiger)</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="124"/>
        <source>Ctrl+0, Ctrl+1</source>
        <translation>Strg+0, Strg+1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="124"/>
        <source>fit to the window, 100%</source>
        <translation>an das Fenster anpassen, 100 %</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="125"/>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation>Strg+Hoch, Strg+Runter</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="125"/>
        <source>brighter, darker</source>
        <translation>heller, dunkler</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="126"/>
        <source>Ctrl+Right, Ctrl+Left</source>
        <translation>Strg+Rechts, Strg+Links</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="126"/>
        <source>more, less contrast; Ctrl+R resets</source>
        <translation>mehr, weniger Kontrast; Strg+R setzt zurück</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="127"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="127"/>
        <source>this list; any key closes it</source>
        <translation>diese Liste; jede Taste schließt sie</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="134"/>
        <source>Review keys</source>
        <translation>Tasten der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="177"/>
        <source>Keys: type to filter · 1–9, 0 pick · Enter accept (or pick the first match) · Ctrl+S skip · Esc clear filter · Backspace/Ctrl+Z undo · Ctrl+Shift+Z redo · ? all keys</source>
        <translation>Tasten: tippen zum Filtern · 1–9, 0 wählen · Eingabe übernehmen (oder ersten Treffer wählen) · Strg+S überspringen · Esc Filter leeren · Rücktaste/Strg+Z rückgängig · Strg+Umschalt+Z wiederholen · ? alle Tasten</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="180"/>
        <source>Keys: 1–9, 0 pick a class · Enter/Space accept the suggestion · S skip · Backspace/Ctrl+Z undo · Ctrl+Shift+Z redo · ? all keys</source>
        <translation>Tasten: 1–9, 0 Klasse wählen · Eingabe/Leertaste Vorschlag übernehmen · S überspringen · Rücktaste/Strg+Z rückgängig · Strg+Umschalt+Z wiederholen · ? alle Tasten</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="243"/>
        <source>Open or create a project (File menu), then import a folder of images.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt (Menü Datei) und importieren Sie dann einen Bilderordner.</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="244"/>
        <source>The review queue is empty. Import more images, or run Label ▸ Auto-label.</source>
        <translation>Die Prüfwarteschlange ist leer. Importieren Sie weitere Bilder oder starten Sie Labeln ▸ Automatisch labeln.</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="246"/>
        <source>Nothing to review</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="249"/>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="257"/>
        <source>  ·  now: %1</source>
        <translation>  ·  jetzt: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="261"/>
        <source>No suggestion yet</source>
        <translation>Noch kein Vorschlag</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="262"/>
        <source>The learner trains once people have labelled some items (Label ▸ Auto-label).</source>
        <translation>Das Modell lernt, sobald Menschen einige Elemente gelabelt haben (Labeln ▸ Automatisch labeln).</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="265"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="276"/>
        <source>then: %1</source>
        <translation>danach: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="278"/>
        <source>suggested by the project&apos;s models (no learner yet)</source>
        <translation>von den Modellen des Projekts vorgeschlagen (noch kein Lernmodell)</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="282"/>
        <source>models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="286"/>
        <source>votes: %1</source>
        <translation>Stimmen: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="293"/>
        <source>Why here: %1</source>
        <translation>Warum hier: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="297"/>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="301"/>
        <source>In queue: %L1</source>
        <translation>In der Warteschlange: %L1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="302"/>
        <source>Decided this session: %L1</source>
        <translation>In dieser Sitzung entschieden: %L1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="303"/>
        <source>Human labels: %L1</source>
        <translation>Menschliche Labels: %L1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="318"/>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="434"/>
        <source>There is no suggestion to accept yet: pick a class with its key.</source>
        <translation>Es gibt noch keinen Vorschlag: Wählen Sie eine Klasse mit ihrer Taste.</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="452"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="455"/>
        <source>Label as %1</source>
        <translation>Als %1 labeln</translation>
    </message>
</context>
<context>
    <name>triage::ui::RoutingDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="384"/>
        <source>Target precision (a threshold per class)</source>
        <translation>Zielpräzision (ein Schwellenwert pro Klasse)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="385"/>
        <source>One confidence threshold for every class</source>
        <translation>Ein Konfidenz-Schwellenwert für alle Klassen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="399"/>
        <source>Least confident first</source>
        <translation>Unsicherste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="400"/>
        <source>Closest two classes first (margin)</source>
        <translation>Knappste zwei Klassen zuerst (Margin)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="401"/>
        <source>Most uncertain distribution first (entropy)</source>
        <translation>Unsicherste Verteilung zuerst (Entropie)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="397"/>
        <source>Typical items of each cluster first, then margin (mixed)</source>
        <translation>Zuerst typische Elemente jedes Clusters, dann Abstand (gemischt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="403"/>
        <source>Closest two classes, spread over the pool (diverse)</source>
        <translation>Knappste zwei Klassen, über den Bestand verteilt (divers)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="406"/>
        <source>Auto-accept settings</source>
        <translation>Einstellungen für automatisches Akzeptieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="415"/>
        <source>With a target precision, Triage gives each class the lowest confidence threshold at which people&apos;s labels, scored out of fold, show with 95% confidence that auto-accepted labels reach the target; a class without that evidence yet is not auto-accepted (Label ▸ Auto-accept by Class says what it needs). Experts can set one threshold for every class instead. The audit share of would-be auto-accepts goes to review to measure their precision. Applies from the next auto-label run.</source>
        <translation>Mit einer Zielpräzision gibt Triage jeder Klasse den niedrigsten Konfidenz-Schwellenwert, bei dem die Labels der Personen (außerhalb der Falte bewertet) mit 95 % Sicherheit zeigen, dass automatisch übernommene Labels das Ziel erreichen; eine Klasse ohne diesen Nachweis wird noch nicht automatisch übernommen (Labeln ▸ Automatische Übernahme nach Klasse sagt, was ihr fehlt). Fachleute können stattdessen einen Schwellenwert für alle Klassen setzen. Der Prüfanteil der sonst automatisch übernommenen Elemente geht zur Prüfung, um ihre Präzision zu messen. Gilt ab dem nächsten Auto-Labeling.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="424"/>
        <source>Auto-accept by:</source>
        <translation>Automatisch übernehmen nach:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="425"/>
        <source>Target precision:</source>
        <translation>Zielpräzision:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="426"/>
        <source>Confidence threshold:</source>
        <translation>Konfidenz-Schwellenwert:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="427"/>
        <source>Human labels per class first:</source>
        <translation>Vorher menschliche Labels pro Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="428"/>
        <source>Audit share:</source>
        <translation>Prüfanteil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="429"/>
        <source>Review queue order:</source>
        <translation>Reihenfolge der Prüfwarteschlange:</translation>
    </message>
</context>
<context>
    <name>triage::ui::TrustPanel</name>
    <message>
        <location filename="../ui/trustpanel.cpp" line="28"/>
        <source>people have labelled %1 of the %2 needed first</source>
        <translation>Personen haben %1 der zuerst nötigen %2 gelabelt</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="34"/>
        <source>no auto-label round has weighed the evidence yet</source>
        <translation>noch kein Auto-Labeling hat die Nachweise gewogen</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="36"/>
        <source>no unlabelled item of &apos;%1&apos; is confident enough yet</source>
        <translation>noch kein ungelabeltes Element von „%1“ ist sicher genug</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="42"/>
        <source>needs at least 1 more label of &apos;%1&apos;</source>
        <translation>braucht mindestens 1 weiteres Label von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="43"/>
        <source>needs at least %L1 more labels of &apos;%2&apos;</source>
        <translation>braucht mindestens %L1 weitere Labels von „%2“</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="48"/>
        <source>needs at least 1 more confident label of any class</source>
        <translation>braucht mindestens 1 weiteres sicheres Label einer beliebigen Klasse</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="49"/>
        <source>needs at least %L1 more confident labels of any class</source>
        <translation>braucht mindestens %L1 weitere sichere Labels beliebiger Klassen</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="63"/>
        <source>Auto-accept by Class</source>
        <translation>Automatische Übernahme nach Klasse</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="64"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="64"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="64"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="65"/>
        <source>Audited precision</source>
        <translation>Geprüfte Präzision</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="65"/>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="66"/>
        <source>Why not auto-accepted</source>
        <translation>Warum nicht automatisch übernommen</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="68"/>
        <source>The class&apos;s labelled items at or above its threshold (for a withheld class, the threshold calibration alone would allow) that the model, scored out of fold, got right; and the lower bound of precision that every class&apos;s evidence supports there</source>
        <translation>Die gelabelten Elemente der Klasse ab ihrem Schwellenwert (bei einer zurückgehaltenen Klasse ab dem, den die Kalibrierung allein erlauben würde), die das Modell (außerhalb der Falte bewertet) richtig hatte; und die Untergrenze der Präzision, die die Nachweise aller Klassen dort stützen</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="141"/>
        <source>%1 of %2 right · precision ≥ %3</source>
        <translation>%1 von %2 richtig · Präzision ≥ %3</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="72"/>
        <source>How often auto-accept was right on the audited items people answered</source>
        <translation>Wie oft die automatische Übernahme bei den geprüften, von Personen beantworteten Elementen richtig war</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="83"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="106"/>
        <source>Target precision %1: each class is auto-accepted from the lowest confidence at which a one-sided 95% lower bound of its precision reaches the target.</source>
        <translation>Zielpräzision %1: Jede Klasse wird ab der niedrigsten Konfidenz automatisch übernommen, bei der eine einseitige 95-%-Untergrenze ihrer Präzision das Ziel erreicht.</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="110"/>
        <source>One confidence threshold for every class: %L1 (no target precision).</source>
        <translation>Ein Konfidenz-Schwellenwert für alle Klassen: %L1 (keine Zielpräzision).</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="114"/>
        <source>%1 of would-be auto-accepts go to review as audits.</source>
        <translation>%1 der sonst automatisch übernommenen Elemente gehen als Stichprobe zur Prüfung.</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="137"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="151"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="162"/>
        <source>no audit answered</source>
        <translation>keine Stichprobe beantwortet</translation>
    </message>
</context>
<context>
    <name>triage::ui::VersionsPanel</name>
    <message>
        <location filename="../ui/versionspanel.cpp" line="164"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="164"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="164"/>
        <location filename="../ui/versionspanel.cpp" line="173"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="164"/>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="164"/>
        <source>Splits</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="165"/>
        <source>Digest</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="165"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="167"/>
        <location filename="../ui/versionspanel.cpp" line="172"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="167"/>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="167"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="167"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="168"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="168"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="168"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="172"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="172"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="172"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="173"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="173"/>
        <location filename="../ui/versionspanel.cpp" line="189"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="173"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="176"/>
        <source>Dataset Versions</source>
        <translation>Datensatzversionen</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="181"/>
        <source>Double-click an item to review it</source>
        <translation>Doppelklick auf ein Element öffnet es zur Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="186"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="191"/>
        <source>to</source>
        <translation>mit</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="202"/>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="203"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="205"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="207"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="313"/>
        <source>%L1 added · %L2 removed · %L3 relabelled</source>
        <translation>%L1 hinzugekommen · %L2 entfernt · %L3 umgelabelt</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="347"/>
        <source>Delete Dataset Version</source>
        <translation>Datensatzversion löschen</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="348"/>
        <source>Delete the dataset version &apos;%1&apos;? Labels and decisions are not touched; exports made from it stay where they are.</source>
        <translation>Die Datensatzversion „%1“ löschen? Labels und Entscheidungen bleiben unberührt; Exporte daraus bleiben, wo sie sind.</translation>
    </message>
</context>
</TS>
