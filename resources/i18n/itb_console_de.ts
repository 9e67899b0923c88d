<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Type a number.</source>
            <translation>Geben Sie eine Zahl ein.</translation>
        </message>
        <message>
            <source>{typed} is not a number.</source>
            <translation>{typed} ist keine Zahl.</translation>
        </message>
        <message>
            <source>Type the decimals after “{point}”, or remove it.</source>
            <translation>Geben Sie die Nachkommastellen nach „{point}“ ein oder entfernen Sie das Zeichen.</translation>
        </message>
        <message>
            <source>{typed} has decimals; this field takes whole numbers.</source>
            <translation>{typed} hat Nachkommastellen; dieses Feld nimmt nur ganze Zahlen an.</translation>
        </message>
        <message>
            <source>{typed} has more decimals than this field takes (steps of {step}).</source>
            <translation>{typed} hat mehr Nachkommastellen, als dieses Feld annimmt (Schritte von {step}).</translation>
        </message>
        <message>
            <source>{typed}{unit} is outside {low} to {high}{unit}.</source>
            <translation>{typed}{unit} liegt außerhalb von {low} bis {high}{unit}.</translation>
        </message>
        <message>
            <source>{typed} would be read as {grouped}; type {decimal} or {grouped} without separators.</source>
            <translation>{typed} würde als {grouped} gelesen; geben Sie {decimal} oder {grouped} ohne Trennzeichen ein.</translation>
        </message>
        <message>
            <source>{typed} would be read as {grouped}; type {grouped} without separators.</source>
            <translation>{typed} würde als {grouped} gelesen; geben Sie {grouped} ohne Trennzeichen ein.</translation>
        </message>
        <message>
            <source>{typed}: the decimal separator here is “{point}”; type {decimal}.</source>
            <translation>{typed}: Das Dezimaltrennzeichen ist hier „{point}“; geben Sie {decimal} ein.</translation>
        </message>
        <message>
            <source>{typed}: the decimal separator here is “{point}”.</source>
            <translation>{typed}: Das Dezimaltrennzeichen ist hier „{point}“.</translation>
        </message>
        <message>
            <source>Only digits and “{point}” can be typed here.</source>
            <translation>Hier können nur Ziffern und „{point}“ eingegeben werden.</translation>
        </message>
    </context>
</TS>
