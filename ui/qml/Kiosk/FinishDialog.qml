import QtQuick
import QtQuick.Layouts

// "I'm finished", asked once: yes clears everything this patient opened or saved at once (the
// same reset as the idle timeout) and the attract loop greets the next person; no, a tap outside
// or Escape goes back to reading. "No" has focus first: Enter alone never clears a list.
ModalDialog {
    id: dialog
    objectName: "finishDialog"
    open: Idle.finishAsked
    title: qsTr("Start over for the next person?")
    description: qsTr("Your list and everything you opened will be cleared from the screen.")
    initialFocus: keepReading
    cardWidth: 900
    nearBottom: true
    spacing: 24
    onCloseRequested: Idle.askFinish(false)

    Heading {
        text: dialog.title
        Layout.fillWidth: true
    }
    BodyText {
        text: dialog.description
        Layout.fillWidth: true
    }
    Flow {
        spacing: Theme.gap
        layoutDirection: Qt.RightToLeft
        Layout.fillWidth: true
        TouchButton {
            objectName: "finishYes"
            text: qsTr("Yes, start over")
            iconName: "mdi6.restart"
            labelSize: Theme.controlLabelSize
            checked: true
            onClicked: Idle.finish()
        }
        TouchButton {
            id: keepReading
            objectName: "finishNo"
            text: qsTr("No, keep reading")
            iconName: "mdi6.arrow-left"
            labelSize: Theme.controlLabelSize
            outlined: true
            flat: true
            onClicked: Idle.askFinish(false)
        }
    }
}
