import QtQuick
import QtQuick.Templates as T

// A language's button, named in that language ("Español") and marked as that language, so a
// screen reader speaks its name with the right voice (WCAG 3.1.2). Qt tells assistive
// technology a language of its own only for a Control (its locale), so the button a patient sees
// stands inside one: the Control is what keyboard focus and screen readers meet. The display
// controls' one switches to the other language (or, with more than two, opens the list of them
// all: LanguageDialog.qml, whose buttons are these too).
T.Control {
    id: control
    objectName: "languageButton"
    property bool compact: false
    // The language's name in itself, and its locale ("es_US").
    property string name: Display.buttonLanguageName
    property string languageLocale: Display.buttonLanguageLocale
    property string description: Display.languageList ? qsTr("Choose a language") : qsTr("Change the language")
    property bool checked: false
    property string iconName: "mdi6.translate"
    readonly property alias text: button.text
    signal clicked()

    locale: Qt.locale(control.languageLocale)
    implicitWidth: button.implicitWidth
    implicitHeight: button.implicitHeight
    focusPolicy: Qt.TabFocus

    Accessible.role: Accessible.Button
    Accessible.name: button.text
    // A screen reader speaking this screen's language hears what the button does.
    Accessible.description: control.description
    Accessible.onPressAction: { Idle.activity(); control.clicked() }
    // Pressed once per key press, as TouchButton.
    Keys.onPressed: event => {
        if (event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter && event.key !== Qt.Key_Space)
            return
        event.accepted = true
        if (!event.isAutoRepeat)
            control.clicked()
    }

    contentItem: TouchButton {
        id: button
        text: control.name
        checked: control.checked
        iconName: control.iconName
        labelSize: Theme.controlLabelSize
        minHeight: control.compact ? Theme.touchCompact : Theme.touchMin
        secondary: true
        focusRing: control.activeFocus && Theme.showFocus
        activeFocusOnTab: false
        Accessible.ignored: true
        onClicked: control.clicked()
    }
}
