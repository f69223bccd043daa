<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="29"/>
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
        <location filename="../ui/browseview.cpp" line="39"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="60"/>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="79"/>
        <source>%L1 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>triage::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="124"/>
        <source>Export dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="125"/>
        <source>ImageFolder (a folder per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="126"/>
        <source>CSV (path, label, source, confidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="127"/>
        <source>Human and auto-accepted labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="128"/>
        <source>Human labels only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="131"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="132"/>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="133"/>
        <source>New folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="135"/>
        <source>Export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="162"/>
        <source>Choose a new or empty folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>triage::ui::ItemTableModel</name>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="100"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="101"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="102"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="103"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="104"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>triage::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>Auto-accept at %1 confidence after %2 human labels per class; applies from the next auto-label run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>%1: %L2 of %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Triage projects (*.triage);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>Import folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Import Folder with &amp;Class Sub-folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>Import folder (sub-folders named after classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>&amp;Export Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>&amp;Auto-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>Auto-accept &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Another job is running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>%1 — Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>%1 done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>%1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>A job is running. Cancel it and quit? What it finished is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>triage::ui::NewProjectDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="55"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="56"/>
        <source>One class a line, e.g.
cat
dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="66"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="67"/>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="68"/>
        <source>Project file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="69"/>
        <source>Project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="70"/>
        <source>Triage projects (*.triage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="100"/>
        <source>Give the project a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="102"/>
        <source>A project needs at least two classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="104"/>
        <source>Choose where to save the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="106"/>
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
        <location filename="../ui/reviewview.cpp" line="108"/>
        <source>Keys: type to filter · 1–9, 0 pick · Enter accept (or pick the first match) · Ctrl+S skip · Esc clear filter · Backspace/Ctrl+Z undo · Ctrl+Shift+Z redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="110"/>
        <source>Keys: 1–9, 0 pick a class · Enter/Space accept the suggestion · S skip · Backspace/Ctrl+Z undo · Ctrl+Shift+Z redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="173"/>
        <source>Open or create a project (File menu), then import a folder of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="174"/>
        <source>The review queue is empty. Import more images, or run Label ▸ Auto-label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="176"/>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="179"/>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="187"/>
        <source>  ·  now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="191"/>
        <source>No suggestion yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="192"/>
        <source>The learner trains once people have labelled some items (Label ▸ Auto-label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="195"/>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="206"/>
        <source>then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="210"/>
        <source>In queue: %L1   ·   decided this session: %L2   ·   human labels: %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="307"/>
        <source>There is no suggestion to accept yet: pick a class with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="325"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="328"/>
        <source>Label as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>triage::ui::RoutingDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="171"/>
        <source>Auto-accept settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="180"/>
        <source>An item is auto-accepted when the learner&apos;s calibrated confidence reaches the threshold and people have labelled at least the minimum number of items of its class. Everything else goes to review. Applies from the next auto-label run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="187"/>
        <source>Confidence threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="188"/>
        <source>Human labels per class first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
