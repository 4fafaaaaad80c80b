import QtQuick
import QtQuick.Layouts

// "This does not replace talking with your doctor" stays visible on every screen. Where the
// header has no room for them, the display controls sit at this line's end (``controlsSlot``).
Rectangle {
    id: bar
    property alias controlsSlot: slot
    // A short screen: one line, whose words get smaller rather than wrap beside the controls.
    property bool compact: false
    // Room above and below its buttons: content scrolled up to its edge stays a separate target.
    implicitHeight: Math.max(row.implicitHeight + 20, Theme.iconSmall + 20)
    color: Theme.surfaceAlt

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin / 2
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
            fontSizeMode: bar.compact ? Text.HorizontalFit : Text.FixedSize
            minimumPixelSize: Theme.minLabelSize
            maximumLineCount: bar.compact ? 1 : 3
            Layout.fillWidth: true
        }
        Item {
            id: slot
            implicitWidth: childrenRect.width
            implicitHeight: childrenRect.height
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
