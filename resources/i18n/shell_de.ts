<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <extracomment>what the Settings page offers: the code saved and the name shown (each language in its own words)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
