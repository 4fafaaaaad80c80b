import QtQuick
import QtQuick.Layouts

// "This does not replace talking with your doctor" stays visible on every screen.
Rectangle {
    implicitHeight: row.implicitHeight + 20
    color: Theme.surfaceAlt

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: 12
        Icon {
            name: "mdi6.stethoscope"
            color: Theme.accent
            size: 34
        }
        Text {
            objectName: "disclaimerShort"
            text: app.disclaimerShort
            color: Theme.text
            font.pixelSize: Theme.smallSize
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
