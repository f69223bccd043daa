<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="26"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>triage::ui::BrowseView</name>
    <message>
        <location filename="../ui/browseview.cpp" line="18"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="37"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="58"/>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="76"/>
        <source>%L1 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>triage::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="112"/>
        <source>Export dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="113"/>
        <source>ImageFolder (a folder per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="114"/>
        <source>CSV (path, label, source, confidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="115"/>
        <source>Human and auto-accepted labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="116"/>
        <source>Human labels only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="119"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="120"/>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="121"/>
        <source>New folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="122"/>
        <source>Export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="137"/>
        <source>Choose a new or empty folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>triage::ui::ItemTableModel</name>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="98"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="99"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="100"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="101"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="102"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>triage::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>%1: %L2 of %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>Triage projects (*.triage);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>&amp;Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Import folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Import Folder with &amp;Class Sub-folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Import folder (sub-folders named after classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>&amp;Export Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>&amp;Auto-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Another job is running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>%1 — Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>%1 done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>%1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>A job is running. Cancel it and quit? What it finished is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>triage::ui::NewProjectDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="51"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="52"/>
        <source>One class a line, e.g.
cat
dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="61"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="62"/>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="63"/>
        <source>Project file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="64"/>
        <source>Project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="65"/>
        <source>Triage projects (*.triage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="89"/>
        <source>Give the project a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="91"/>
        <source>A project needs at least two classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="93"/>
        <source>Choose where to save the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="95"/>
        <source>%1 already exists; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>triage::ui::ReviewView</name>
    <message>
        <location filename="../ui/reviewview.cpp" line="54"/>
        <source>Type to filter classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="106"/>
        <source>Keys: type to filter · 1–9, 0 pick · Enter accept (or pick the first match) · Ctrl+S skip · Esc clear filter · Backspace/Ctrl+Z undo · Ctrl+Shift+Z redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="108"/>
        <source>Keys: 1–9, 0 pick a class · Enter/Space accept the suggestion · S skip · Backspace/Ctrl+Z undo · Ctrl+Shift+Z redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="167"/>
        <source>Open or create a project (File menu), then import a folder of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="168"/>
        <source>The review queue is empty. Import more images, or run Label ▸ Auto-label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="170"/>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="173"/>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="179"/>
        <source>  ·  now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="183"/>
        <source>No suggestion yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="184"/>
        <source>The learner trains once people have labelled some items (Label ▸ Auto-label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="187"/>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="197"/>
        <source>then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="200"/>
        <source>In queue: %L1   ·   decided this session: %L2   ·   human labels: %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="296"/>
        <source>There is no suggestion to accept yet: pick a class with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="314"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="317"/>
        <source>Label as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
