import QtQuick
import QtQuick.Layouts

// While Listen reads: pause, resume and stop, large and within reach at the foot of the screen.
Rectangle {
    id: bar
    objectName: "listenBar"
    visible: Speech.speaking
    implicitWidth: row.implicitWidth + 2 * Theme.gap
    implicitHeight: row.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.primary
    border.width: Theme.borderStrong

    Accessible.role: Accessible.ToolBar
    Accessible.name: status.text

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: Theme.gap
        Icon {
            name: "mdi6.volume-high"
            color: Theme.primaryDark
            size: Theme.iconSmall
            Layout.leftMargin: Theme.gap
        }
        Text {
            id: status
            textFormat: Text.PlainText
            text: Speech.paused ? qsTr("Reading aloud is paused") : qsTr("Reading aloud")
            color: Theme.text
            font.pixelSize: Theme.controlLabelSize
            font.bold: true
        }
        TouchButton {
            objectName: "listenPause"
            text: Speech.paused ? qsTr("Go on") : qsTr("Pause")
            iconName: Speech.paused ? "mdi6.play" : "mdi6.pause"
            labelSize: Theme.controlLabelSize
            onClicked: Speech.paused ? Speech.resume() : Speech.pause()
        }
        TouchButton {
            objectName: "listenStop"
            text: qsTr("Stop")
            iconName: "mdi6.stop"
            labelSize: Theme.controlLabelSize
            onClicked: Speech.stop()
        }
    }
}
