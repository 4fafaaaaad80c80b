<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddQuestionToggle</name>
    <message>
        <source>Added to my list</source>
        <translation>Agregada a mi lista</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>Agregar a mi lista</translation>
    </message>
    <message>
        <source>Add to my list: %1</source>
        <translation>Agregar a mi lista: %1</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Panel del personal</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Volver a cargar el contenido</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Back to patients</source>
        <translation>Volver a los pacientes</translation>
    </message>
    <message>
        <source>Leave the kiosk? Patients will see the computer&apos;s desktop until the kiosk is started again.</source>
        <translation>¿Salir del quiosco? Los pacientes verán el escritorio de la computadora hasta que el quiosco se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Exit now</source>
        <translation>Salir ahora</translation>
    </message>
    <message>
        <source>Stay in the kiosk</source>
        <translation>Quedarse en el quiosco</translation>
    </message>
    <message>
        <source>How patients used the kiosk</source>
        <translation>Cómo usaron los pacientes el quiosco</translation>
    </message>
    <message>
        <source>Usage statistics are off (statistics = false in kiosk.toml, or the data folder cannot be written; see the log).</source>
        <translation>Las estadísticas de uso están desactivadas (statistics = false en kiosk.toml, o no se puede escribir en la carpeta de datos; vea el registro).</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Patients (sessions) per day</source>
        <translation>Pacientes (sesiones) por día</translation>
    </message>
    <message>
        <source>Questions opened most</source>
        <translation>Preguntas más abiertas</translation>
    </message>
    <message>
        <source>Time on each screen</source>
        <translation>Tiempo en cada pantalla</translation>
    </message>
    <message>
        <source>Save the statistics as CSV files</source>
        <translation>Guardar las estadísticas como archivos CSV</translation>
    </message>
    <message>
        <source>Insert a USB drive and reopen this panel, or set export_dir in kiosk.toml.</source>
        <translation>Conecte una memoria USB y vuelva a abrir este panel, o configure export_dir en kiosk.toml.</translation>
    </message>
    <message>
        <source>Save to %1</source>
        <translation>Guardar en %1</translation>
    </message>
    <message>
        <source>Recent warnings and errors</source>
        <translation>Avisos y errores recientes</translation>
    </message>
    <message>
        <source>None since the kiosk started.</source>
        <translation>Ninguno desde que se inició el quiosco.</translation>
    </message>
    <message>
        <source>About and licences</source>
        <translation>Acerca de y licencias</translation>
    </message>
</context>
<context>
    <name>Attract</name>
    <message>
        <source>Living with chronic pain that medicines do not control?</source>
        <translation>¿Vive con dolor crónico que los medicamentos no controlan?</translation>
    </message>
    <message>
        <source>A neurostimulator uses mild pulses to calm pain signals.</source>
        <translation>Un neuroestimulador usa pulsos suaves para calmar las señales de dolor.</translation>
    </message>
    <message>
        <source>A drug pump puts pain medicine right where it is needed.</source>
        <translation>Una bomba de medicamento pone el medicamento para el dolor justo donde se necesita.</translation>
    </message>
    <message>
        <source>Questions? Find plain answers here.</source>
        <translation>¿Tiene preguntas? Aquí encontrará respuestas claras.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Nada registrado en este período.</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Closed. Touch the screen to start.</source>
        <translation>Cerrado. Toque la pantalla para empezar.</translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Tamaño de letra y contraste</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text size and contrast</source>
        <translation>Tamaño de letra y contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>%1 text size</source>
        <translation>Tamaño de letra: %1</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation>Alto contraste: activado</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation>Alto contraste: desactivado</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Dejar de leer en voz alta</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Leer esta pantalla en voz alta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>DoctorQuestionsCard</name>
    <message>
        <source>Questions to ask your doctor</source>
        <translation>Preguntas para su médico</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Start over for the next person?</source>
        <translation>¿Empezar de nuevo para la siguiente persona?</translation>
    </message>
    <message>
        <source>Your list and everything you opened will be cleared from the screen.</source>
        <translation>Su lista y todo lo que abrió se borrarán de la pantalla.</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>Sí, empezar de nuevo</translation>
    </message>
    <message>
        <source>No, keep reading</source>
        <translation>No, seguir leyendo</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>I&apos;m finished</source>
        <translation>Ya terminé</translation>
    </message>
    <message>
        <source>My list to ask (%1)</source>
        <translation>Mi lista para el médico (%1)</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
</context>
<context>
    <name>HowItWorks</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Pause the animation</source>
        <translation>Pausar el dibujo animado</translation>
    </message>
    <message>
        <source>Play the animation</source>
        <translation>Ver el dibujo animado</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Ver de nuevo</translation>
    </message>
    <message>
        <source>Play the animation again from the start</source>
        <translation>Ver el dibujo animado de nuevo desde el principio</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Choose a language</source>
        <translation>Elija un idioma</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Cambiar el idioma</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Choose a language</source>
        <translation>Elija un idioma</translation>
    </message>
</context>
<context>
    <name>LayerScreen</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>ListenBar</name>
    <message>
        <source>Reading aloud is paused</source>
        <translation>Lectura en voz alta en pausa</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>Leyendo en voz alta</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
</context>
<context>
    <name>MyQuestions</name>
    <message>
        <source>My list to ask the doctor</source>
        <translation>Mi lista para el médico</translation>
    </message>
    <message>
        <source>Your list is empty.</source>
        <translation>Su lista está vacía.</translation>
    </message>
    <message>
        <source>Studies to look up later</source>
        <translation>Estudios para consultar después</translation>
    </message>
</context>
<context>
    <name>MyQuestionsScreen</name>
    <message>
        <source>My list to ask the doctor</source>
        <translation>Mi lista para el médico</translation>
    </message>
    <message>
        <source>Your list is empty. Tap “Add to my list” next to a question on any screen.</source>
        <translation>Su lista está vacía. Toque “Agregar a mi lista” junto a una pregunta en cualquier pantalla.</translation>
    </message>
    <message>
        <source>Your list was cleared.</source>
        <translation>Su lista se borró.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Questions? Call %1 at %2.</source>
        <translation>¿Preguntas? Llame a %1 al %2.</translation>
    </message>
    <message>
        <source>Questions? Call %1.</source>
        <translation>¿Preguntas? Llame al %1.</translation>
    </message>
    <message>
        <source>Take my list home</source>
        <translation>Llevar mi lista a casa</translation>
    </message>
    <message>
        <source>Clear my list</source>
        <translation>Borrar mi lista</translation>
    </message>
    <message>
        <source>Clear the whole list? You can undo this for a few seconds.</source>
        <translation>¿Borrar toda la lista? Puede deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>Yes, clear it</source>
        <translation>Sí, borrarla</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, conservarla</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
</context>
<context>
    <name>PageScrollControls</name>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Parar la lectura</translation>
    </message>
    <message>
        <source>Listen to this screen</source>
        <translation>Escuchar esta pantalla</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>Back to top</source>
        <translation>Volver arriba</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Next part of the page</source>
        <translation>Seguir más abajo en la página</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <source>Staff access</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation>Escriba el PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <source>Point your phone&apos;s camera at the code. Your phone shows the text; no app or internet is needed.</source>
        <translation>Apunte la cámara de su teléfono al código. Su teléfono mostrará el texto; no necesita aplicación ni internet.</translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation>Código QR %1 de %2</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>Código %1 de %2</translation>
    </message>
    <message>
        <source>Hide the code</source>
        <translation>Ocultar el código</translation>
    </message>
</context>
<context>
    <name>ReferencesScreen</name>
    <message>
        <source>Source %1: %2</source>
        <translation>Fuente %1: %2</translation>
    </message>
    <message>
        <source>Who paid for it: %1</source>
        <translation>Quién pagó el estudio: %1</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Volver a donde estaba</translation>
    </message>
    <message>
        <source>Take the list of studies home</source>
        <translation>Llevar la lista de estudios a casa</translation>
    </message>
</context>
<context>
    <name>RichParagraph</name>
    <message>
        <source>Source %1: %2</source>
        <translation>Fuente %1: %2</translation>
    </message>
    <message>
        <source>Definition: %1</source>
        <translation>Definición: %1</translation>
    </message>
</context>
<context>
    <name>StaffBackend</name>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n min.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n minuto.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffCard</name>
    <message>
        <source>Ask our staff</source>
        <translation>Pregunte a nuestro personal</translation>
    </message>
    <message>
        <source>Our staff are happy to answer your questions. Ask at the front desk.</source>
        <translation>Nuestro personal responde con gusto sus preguntas. Pregunte en la recepción.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Are you still there? The screen will start over in %1 seconds. Press any key to keep reading, or choose I need more time.</source>
        <translation>¿Sigue ahí? La pantalla volverá al inicio en %1 segundos. Pulse cualquier tecla para seguir leyendo, o elija Necesito más tiempo.</translation>
    </message>
    <message>
        <source>1 second left</source>
        <translation>Queda 1 segundo</translation>
    </message>
    <message>
        <source>%1 seconds left</source>
        <translation>Quedan %1 segundos</translation>
    </message>
    <message>
        <source>Touch anywhere to keep reading. Otherwise the screen will start over for the next person.</source>
        <translation>Toque la pantalla para seguir leyendo. Si no, la pantalla volverá al inicio para la próxima persona.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
</context>
<context>
    <name>UsageBackend</name>
    <message>
        <source>Older statistics from a damaged file moved aside on %1: %2 session(s), %3 to %4; exported too.</source>
        <translation>Estadísticas anteriores de un archivo dañado que se apartó el %1: %2 sesión(es), del %3 al %4; también se exportan.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <source>Saved the statistics as CSV files in %1</source>
        <translation>Estadísticas guardadas como archivos CSV en %1</translation>
    </message>
    <message>
        <source>My list to ask</source>
        <translation>Mi lista para el médico</translation>
    </message>
</context>
</TS>
