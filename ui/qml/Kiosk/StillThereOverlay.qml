import QtQuick
import QtQuick.Layouts

// "Are you still there?" with a countdown. Any touch or key keeps the patient's place; it is
// taken here so it cannot also press whatever lies underneath.
ModalDialog {
    id: overlay
    objectName: "stillThereOverlay"
    open: Idle.overlay === Idle.Countdown
    title: qsTr("Are you still there?")
    cardWidth: 900
    padding: 56
    closeOnCardTap: true
    closeOnAnyKey: true
    card.radius: Theme.radius * 1.5
    spacing: 28
    opacity: visible ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.quickMs } }
    onCloseRequested: Idle.dismissOverlay()

    Text {
        textFormat: Text.PlainText
        objectName: "stillThereTitle"
        text: overlay.title
        color: Theme.primaryDark
        font.pixelSize: Theme.titleSize
        font.bold: true
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Rectangle {
        width: Theme.countdownDial
        height: width
        radius: width / 2
        color: Theme.primarySoft
        border.color: Theme.primary
        border.width: 8
        Layout.alignment: Qt.AlignHCenter
        Text {
            textFormat: Text.PlainText
            objectName: "stillThereSeconds"
            anchors.centerIn: parent
            text: Idle.secondsLeft
            color: Theme.primaryDark
            font.pixelSize: Theme.countdownSize
            font.bold: true
        }
    }
    Text {
        textFormat: Text.PlainText
        text: qsTr("Touch anywhere to keep reading. Otherwise the screen will start over for the next person.")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
}
