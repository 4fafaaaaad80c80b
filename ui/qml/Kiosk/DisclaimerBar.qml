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
            size: Theme.iconSmall
        }
        BodyText {
            objectName: "disclaimerShort"
            text: Content.disclaimerShort
            font.pixelSize: Theme.smallSize
            font.bold: true
            lineHeight: 1
            Layout.fillWidth: true
        }
    }
}
