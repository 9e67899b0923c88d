<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Type a number.</source>
            <translation>Escriba un número.</translation>
        </message>
        <message>
            <source>{typed} is not a number.</source>
            <translation>{typed} no es un número.</translation>
        </message>
        <message>
            <source>Type the decimals after “{point}”, or remove it.</source>
            <translation>Escriba los decimales después de «{point}» o quite el separador.</translation>
        </message>
        <message>
            <source>{typed} has decimals; this field takes whole numbers.</source>
            <translation>{typed} tiene decimales; este campo solo admite números enteros.</translation>
        </message>
        <message>
            <source>{typed} has more decimals than this field takes (steps of {step}).</source>
            <translation>{typed} tiene más decimales de los que admite este campo (pasos de {step}).</translation>
        </message>
        <message>
            <source>{typed}{unit} is outside {low} to {high}{unit}.</source>
            <translation>{typed}{unit} está fuera del intervalo de {low} a {high}{unit}.</translation>
        </message>
        <message>
            <source>{typed} would be read as {grouped}; type {decimal} or {grouped} without separators.</source>
            <translation>{typed} se leería como {grouped}; escriba {decimal} o {grouped} sin separadores.</translation>
        </message>
        <message>
            <source>{typed} would be read as {grouped}; type {grouped} without separators.</source>
            <translation>{typed} se leería como {grouped}; escriba {grouped} sin separadores.</translation>
        </message>
        <message>
            <source>{typed}: the decimal separator here is “{point}”; type {decimal}.</source>
            <translation>{typed}: aquí el separador decimal es «{point}»; escriba {decimal}.</translation>
        </message>
        <message>
            <source>{typed}: the decimal separator here is “{point}”.</source>
            <translation>{typed}: aquí el separador decimal es «{point}».</translation>
        </message>
        <message>
            <source>Only digits and “{point}” can be typed here.</source>
            <translation>Aquí solo se pueden escribir dígitos y «{point}».</translation>
        </message>
    </context>
</TS>
