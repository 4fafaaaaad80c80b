import QtQuick
import QtQuick.Layouts

// "Are you still there?" with a countdown. Any touch keeps the patient's place; the touch is
// swallowed here so it cannot also press whatever lies underneath.
Rectangle {
    id: overlay
    objectName: "stillThereOverlay"
    color: "#B3000000"
    visible: idle.overlay === "countdown"
    opacity: visible ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.quickMs } }

    MouseArea {
        anchors.fill: parent
        preventStealing: true
        onReleased: idle.dismissOverlay()
        onCanceled: idle.dismissOverlay()
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
                width: 180
                height: 180
                radius: 90
                color: Theme.primarySoft
                border.color: Theme.primary
                border.width: 8
                Layout.alignment: Qt.AlignHCenter
                Text {
                    objectName: "stillThereSeconds"
                    anchors.centerIn: parent
                    text: idle.secondsLeft
                    color: Theme.primaryDark
                    font.pixelSize: 84
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
