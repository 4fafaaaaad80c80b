// The calm screen the supervisor shows while the kiosk keeps failing to start (ui/out_of_order.py).
// On purpose outside the Kiosk module and free of its theme, backends and content: whatever
// stops the kiosk from starting should not stop this screen too. Colours are the theme's.
import QtQuick
import QtQuick.Window

Window {
    id: root
    title: "Pain Therapy Kiosk"
    color: "#FBF7F2"
    flags: Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint
    onClosing: (close) => { close.accepted = false }
    // From kiosk.toml and the clinic folder when they could be read (ui/out_of_order.py): who to
    // ask or call. Plain text, never a link: the kiosk is offline.
    property string clinicName: ""
    property string clinicPhone: ""

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 96, 1180)
        spacing: 48

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 24; height: 24; radius: 12
            color: "#1F6F78"
        }
        Text {
            objectName: "english"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            color: "#22262A"
            font.pixelSize: 48
            lineHeight: 1.3
            text: "This screen is taking a short break.\nPlease ask our staff for help."
        }
        Text {
            objectName: "spanish"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            color: "#434A50"
            font.pixelSize: 40
            lineHeight: 1.3
            text: "Esta pantalla está tomando un breve descanso.\nPor favor, pida ayuda a nuestro personal."
        }
        Text {
            objectName: "clinicContact"
            visible: root.clinicPhone !== "" || root.clinicName !== ""
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            color: "#0E4B52"
            font.pixelSize: 40
            font.bold: true
            text: [root.clinicName, root.clinicPhone].filter(part => part !== "").join(" · ")
        }
    }
}
