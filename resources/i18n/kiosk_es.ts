<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddQuestionToggle</name>
    <message>
        <location filename="../../ui/qml/Kiosk/AddQuestionToggle.qml" line="9"/>
        <source>Added to my questions</source>
        <translation>Agregada a mis preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AddQuestionToggle.qml" line="9"/>
        <source>Add to my questions</source>
        <translation>Agregar a mis preguntas</translation>
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
        <location filename="../../ui/qml/Kiosk/AdminPanel.qml" line="177"/>
        <source>About and licences</source>
        <translation>Acerca de y licencias</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <location filename="../../ui/qml/Kiosk/AttractLoop.qml" line="17"/>
        <source>Living with chronic pain?</source>
        <translation>¿Vive con dolor crónico?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AttractLoop.qml" line="18"/>
        <source>When pain medicines are not enough, other treatments may help.</source>
        <translation>Cuando los medicamentos para el dolor no bastan, otros tratamientos pueden ayudar.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AttractLoop.qml" line="19"/>
        <source>Learn about neurostimulators and drug pumps.</source>
        <translation>Conozca los neuroestimuladores y las bombas de medicamento.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AttractLoop.qml" line="20"/>
        <source>Touch the screen to learn about your options.</source>
        <translation>Toque la pantalla para conocer sus opciones.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/AttractLoop.qml" line="99"/>
        <source>Touch to start</source>
        <translation>Toque para empezar</translation>
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
        <location filename="../../ui/qml/Kiosk/DisplayControls.qml" line="14"/>
        <source>Standard text size</source>
        <translation>Tamaño de letra normal</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayControls.qml" line="15"/>
        <source>Large text size</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayControls.qml" line="16"/>
        <source>Extra large text size</source>
        <translation>Letra muy grande</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayControls.qml" line="32"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayControls.qml" line="51"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/DisplayControls.qml" line="51"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
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
        <location filename="../../ui/qml/Kiosk/Header.qml" line="71"/>
        <source>My questions (%1)</source>
        <translation>Mis preguntas (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/Header.qml" line="81"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
</context>
<context>
    <name>LayerScreen</name>
    <message>
        <location filename="../../ui/qml/Kiosk/LayerScreen.qml" line="34"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>MyQuestions</name>
    <message>
        <location filename="../../ui/backend/my_questions.py" line="135"/>
        <source>My questions for the doctor</source>
        <translation>Mis preguntas para el médico</translation>
    </message>
    <message>
        <location filename="../../ui/backend/my_questions.py" line="139"/>
        <source>Studies to look up later</source>
        <translation>Estudios para consultar después</translation>
    </message>
</context>
<context>
    <name>MyQuestionsScreen</name>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="11"/>
        <source>My questions for the doctor</source>
        <translation>Mis preguntas para el médico</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="16"/>
        <source>Your list is empty. Tap “Add to my questions” next to a question on any screen.</source>
        <translation>Su lista está vacía. Toque “Agregar a mis preguntas” junto a una pregunta en cualquier pantalla.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="37"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="51"/>
        <source>Take my questions home</source>
        <translation>Llevar mis preguntas a casa</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/MyQuestionsScreen.qml" line="59"/>
        <source>Done — clear my list</source>
        <translation>Listo: borrar mi lista</translation>
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
        <location filename="../../ui/qml/Kiosk/QrPanel.qml" line="17"/>
        <source>Point your phone&apos;s camera at the code. Your phone shows the text; no app or internet is needed.</source>
        <translation>Apunte la cámara de su teléfono al código. Su teléfono mostrará el texto; no necesita aplicación ni internet.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/QrPanel.qml" line="42"/>
        <source>QR code %1 of %2</source>
        <translation>Código QR %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/QrPanel.qml" line="47"/>
        <source>Code %1 of %2</source>
        <translation>Código %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/qml/Kiosk/QrPanel.qml" line="57"/>
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
        <location filename="../../ui/backend/usage.py" line="190"/>
        <source>Export failed: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backend/usage.py" line="194"/>
        <source>Saved the statistics as CSV files in %1</source>
        <translation>Estadísticas guardadas como archivos CSV en %1</translation>
    </message>
    <message>
        <location filename="../../ui/backend/usage.py" line="208"/>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
</context>
</TS>
