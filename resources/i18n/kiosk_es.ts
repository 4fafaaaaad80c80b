<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddQuestionToggle</name>
    <message>
        <location filename="../../ui/qml/Kiosk/AddQuestionToggle.qml" line="9"/>
        <source>Added to my list</source>
        <translation>Agregada a mi lista</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AddQuestionToggle.qml" line="9"/>
        <source>Add to my list</source>
        <translation>Agregar a mi lista</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="18"/>
        <source>Staff panel</source>
        <translation>Panel del personal</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="38"/>
        <source>Reload content</source>
        <translation>Volver a cargar el contenido</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="44"/>
        <source>Exit kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="51"/>
        <source>Back to patients</source>
        <translation>Volver a los pacientes</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="64"/>
        <source>Leave the kiosk? Patients will see the computer&apos;s desktop until the kiosk is started again.</source>
        <translation>¿Salir del quiosco? Los pacientes verán el escritorio de la computadora hasta que el quiosco se vuelva a iniciar.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="78"/>
        <source>Exit now</source>
        <translation>Salir ahora</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="84"/>
        <source>Stay in the kiosk</source>
        <translation>Quedarse en el quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="102"/>
        <source>How patients used the kiosk</source>
        <translation>Cómo usaron los pacientes el quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="110"/>
        <source>Usage statistics are off (statistics = false in kiosk.toml, or the data folder cannot be written; see the log).</source>
        <translation>Las estadísticas de uso están desactivadas (statistics = false en kiosk.toml, o no se puede escribir en la carpeta de datos; vea el registro).</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="125"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="131"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="138"/>
        <source>Patients (sessions) per day</source>
        <translation>Pacientes (sesiones) por día</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="143"/>
        <source>Questions opened most</source>
        <translation>Preguntas más abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="148"/>
        <source>Time on each screen</source>
        <translation>Tiempo en cada pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="152"/>
        <source>Save the statistics as CSV files</source>
        <translation>Guardar las estadísticas como archivos CSV</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="159"/>
        <source>Insert a USB drive and reopen this panel, or set export_dir in kiosk.toml.</source>
        <translation>Conecte una memoria USB y vuelva a abrir este panel, o configure export_dir en kiosk.toml.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="173"/>
        <source>Save to %1</source>
        <translation>Guardar en %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="191"/>
        <source>Recent warnings and errors</source>
        <translation>Avisos y errores recientes</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="198"/>
        <source>None since the kiosk started.</source>
        <translation>Ninguno desde que se inició el quiosco.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="189"/>
        <source>About and licences</source>
        <translation>Acerca de y licencias</translation>
    </message>
</context>
<context>
    <name>Attract</name>
    <message>
        <location filename="../../ui/backend/attract.py" line="24"/>
        <source>Living with chronic pain that medicines do not control?</source>
        <translation>¿Vive con dolor crónico que los medicamentos no controlan?</translation>
    </message>
    <message>
        <location filename="../../ui/backend/attract.py" line="25"/>
        <source>A neurostimulator uses mild pulses to calm pain signals.</source>
        <translation>Un neuroestimulador usa pulsos suaves para calmar las señales de dolor.</translation>
    </message>
    <message>
        <location filename="../../ui/backend/attract.py" line="26"/>
        <source>A drug pump puts pain medicine right where it is needed.</source>
        <translation>Una bomba de medicamento pone el medicamento para el dolor justo donde se necesita.</translation>
    </message>
    <message>
        <location filename="../../ui/backend/attract.py" line="27"/>
        <source>Questions? Find plain answers here.</source>
        <translation>¿Tiene preguntas? Aquí encontrará respuestas claras.</translation>
    </message>
    <message>
        <location filename="../../ui/backend/attract.py" line="29"/>
        <source>Touch the screen to start</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/qml/Kiosk/BarChart.qml" line="24"/>
        <source>Nothing recorded in this period.</source>
        <translation>Nada registrado en este período.</translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayControls.qml" line="25"/>
        <source>Text size and contrast</source>
        <translation>Tamaño de letra y contraste</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayPanel.qml" line="37"/>
        <source>Text size and contrast</source>
        <translation>Tamaño de letra y contraste</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayPanel.qml" line="41"/>
        <source>Text size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayPanel.qml" line="54"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayPanel.qml" line="60"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayPanel.qml" line="66"/>
        <source>Extra large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayPanel.qml" line="74"/>
        <source>%1 text size</source>
        <translation>Tamaño de letra: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayPanel.qml" line="84"/>
        <source>High contrast: on</source>
        <translation>Alto contraste: activado</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayPanel.qml" line="84"/>
        <source>High contrast: off</source>
        <translation>Alto contraste: desactivado</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayPanel.qml" line="94"/>
        <source>Stop reading aloud</source>
        <translation>Dejar de leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayPanel.qml" line="94"/>
        <source>Read this screen aloud</source>
        <translation>Leer esta pantalla en voz alta</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayPanel.qml" line="103"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>DoctorQuestionsCard</name>
    <message>
        <location filename="../../ui/qml/Kiosk/DoctorQuestionsCard.qml" line="14"/>
        <source>Questions to ask your doctor</source>
        <translation>Preguntas para su médico</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <location filename="../../ui/qml/Kiosk/GlossaryPopup.qml" line="45"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../ui/qml/Kiosk/Header.qml" line="110"/>
        <location filename="../../ui/qml/Kiosk/Header.qml" line="124"/>
        <source>My list to ask (%1)</source>
        <translation>Mi lista para el médico (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/Header.qml" line="130"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
</context>
<context>
    <name>LayerScreen</name>
    <message>
        <location filename="../../ui/qml/Kiosk/LayerScreen.qml" line="38"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>MyQuestions</name>
    <message>
        <location filename="../../ui/backend/my_questions.py" line="151"/>
        <source>My list to ask the doctor</source>
        <translation>Mi lista para el médico</translation>
    </message>
    <message>
        <location filename="../../ui/backend/my_questions.py" line="153"/>
        <source>Studies to look up later</source>
        <translation>Estudios para consultar después</translation>
    </message>
</context>
<context>
    <name>MyQuestionsScreen</name>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="13"/>
        <source>My list to ask the doctor</source>
        <translation>Mi lista para el médico</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="34"/>
        <source>Your list is empty. Tap “Add to my list” next to a question on any screen.</source>
        <translation>Su lista está vacía. Toque “Agregar a mi lista” junto a una pregunta en cualquier pantalla.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="46"/>
        <source>Your list was cleared.</source>
        <translation>Su lista se borró.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="51"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="90"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="104"/>
        <source>Take my list home</source>
        <translation>Llevar mi lista a casa</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="112"/>
        <source>Clear my list</source>
        <translation>Borrar mi lista</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="124"/>
        <source>Clear the whole list? You can undo this for a few seconds.</source>
        <translation>¿Borrar toda la lista? Puede deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="133"/>
        <source>Yes, clear it</source>
        <translation>Sí, borrarla</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="143"/>
        <source>No, keep it</source>
        <translation>No, conservarla</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <location filename="../../ui/qml/Kiosk/PinKeypad.qml" line="42"/>
        <source>Staff access</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/PinKeypad.qml" line="50"/>
        <source>Enter PIN</source>
        <translation>Escriba el PIN</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/PinKeypad.qml" line="86"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/PinKeypad.qml" line="86"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/PinKeypad.qml" line="110"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <location filename="../../ui/qml/Kiosk/QrPanel.qml" line="65"/>
        <source>Point your phone&apos;s camera at the code. Your phone shows the text; no app or internet is needed.</source>
        <translation>Apunte la cámara de su teléfono al código. Su teléfono mostrará el texto; no necesita aplicación ni internet.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/QrPanel.qml" line="46"/>
        <source>QR code %1 of %2</source>
        <translation>Código QR %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/QrPanel.qml" line="51"/>
        <source>Code %1 of %2</source>
        <translation>Código %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/QrPanel.qml" line="71"/>
        <source>Hide the code</source>
        <translation>Ocultar el código</translation>
    </message>
</context>
<context>
    <name>ReferencesScreen</name>
    <message>
        <location filename="../../ui/qml/Kiosk/ReferencesScreen.qml" line="62"/>
        <source>Who paid for it: %1</source>
        <translation>Quién pagó el estudio: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/ReferencesScreen.qml" line="80"/>
        <source>Take the list of studies home</source>
        <translation>Llevar la lista de estudios a casa</translation>
    </message>
</context>
<context>
    <name>StaffBackend</name>
    <message>
        <location filename="../../ui/backend/admin_backend.py" line="116"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backend/admin_backend.py" line="175"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ui/qml/Kiosk/StillThereOverlay.qml" line="35"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/StillThereOverlay.qml" line="63"/>
        <source>Touch anywhere to keep reading. Otherwise the screen will start over for the next person.</source>
        <translation>Toque la pantalla para seguir leyendo. Si no, la pantalla volverá al inicio para la próxima persona.</translation>
    </message>
</context>
<context>
    <name>UsageBackend</name>
    <message>
        <location filename="../../ui/backend/usage.py" line="165"/>
        <source>Older statistics from a damaged file moved aside on %1: %2 session(s), %3 to %4; exported too.</source>
        <translation>Estadísticas anteriores de un archivo dañado que se apartó el %1: %2 sesión(es), del %3 al %4; también se exportan.</translation>
    </message>
    <message>
        <location filename="../../ui/backend/usage.py" line="204"/>
        <source>Export failed: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backend/usage.py" line="208"/>
        <source>Saved the statistics as CSV files in %1</source>
        <translation>Estadísticas guardadas como archivos CSV en %1</translation>
    </message>
    <message>
        <location filename="../../ui/backend/usage.py" line="222"/>
        <source>My list to ask</source>
        <translation>Mi lista para el médico</translation>
    </message>
</context>
</TS>
