<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Type a number.</source>
            <translation>Saisissez un nombre.</translation>
        </message>
        <message>
            <source>{typed} is not a number.</source>
            <translation>{typed} n'est pas un nombre.</translation>
        </message>
        <message>
            <source>Type the decimals after “{point}”, or remove it.</source>
            <translation>Saisissez les décimales après « {point} » ou supprimez ce séparateur.</translation>
        </message>
        <message>
            <source>{typed} has decimals; this field takes whole numbers.</source>
            <translation>{typed} comporte des décimales ; ce champ n'accepte que des nombres entiers.</translation>
        </message>
        <message>
            <source>{typed} has more decimals than this field takes (steps of {step}).</source>
            <translation>{typed} a plus de décimales que ce champ n'en accepte (pas de {step}).</translation>
        </message>
        <message>
            <source>{typed}{unit} is outside {low} to {high}{unit}.</source>
            <translation>{typed}{unit} est en dehors de la plage de {low} à {high}{unit}.</translation>
        </message>
        <message>
            <source>{typed} would be read as {grouped}; type {decimal} or {grouped} without separators.</source>
            <translation>{typed} serait lu comme {grouped} ; saisissez {decimal} ou {grouped} sans séparateur.</translation>
        </message>
        <message>
            <source>{typed} would be read as {grouped}; type {grouped} without separators.</source>
            <translation>{typed} serait lu comme {grouped} ; saisissez {grouped} sans séparateur.</translation>
        </message>
        <message>
            <source>{typed}: the decimal separator here is “{point}”; type {decimal}.</source>
            <translation>{typed} : le séparateur décimal est ici « {point} » ; saisissez {decimal}.</translation>
        </message>
        <message>
            <source>{typed}: the decimal separator here is “{point}”.</source>
            <translation>{typed} : le séparateur décimal est ici « {point} ».</translation>
        </message>
        <message>
            <source>Only digits and “{point}” can be typed here.</source>
            <translation>Seuls des chiffres et « {point} » peuvent être saisis ici.</translation>
        </message>
    </context>
</TS>
