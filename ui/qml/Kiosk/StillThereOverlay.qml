import QtQuick
import QtQuick.Layouts

// "Are you still there?" with a countdown. Any touch keeps the patient's place; the touch is
// swallowed here so it cannot also press whatever lies underneath.
Rectangle {
    id: overlay
    objectName: "stillThereOverlay"
    color: Theme.scrim
    visible: Idle.overlay === Idle.Countdown
    opacity: visible ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.quickMs } }

    MouseArea {
        anchors.fill: parent
        preventStealing: true
        onReleased: Idle.dismissOverlay()
        onCanceled: Idle.dismissOverlay()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        height: card.implicitHeight + 2 * 56
        radius: Theme.radius * 1.5
        color: Theme.surface

        ColumnLayout {
            id: card
            anchors.centerIn: parent
            width: parent.width - 2 * 56
            spacing: 28
            Text {
                objectName: "stillThereTitle"
                text: qsTr("Are you still there?")
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
                    objectName: "stillThereSeconds"
                    anchors.centerIn: parent
                    text: Idle.secondsLeft
                    color: Theme.primaryDark
                    font.pixelSize: Theme.countdownSize
                    font.bold: true
                }
            }
            Text {
                text: qsTr("Touch anywhere to keep reading. Otherwise the screen will start over for the next person.")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
        }
    }
}
