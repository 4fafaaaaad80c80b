import QtQuick
import QtQuick.Layouts

// "This does not replace talking with your doctor" stays visible on every screen, and the
// display controls sit at its end (under it on a narrow screen, where the line keeps the whole
// width): one place in every language and at every text size.
Rectangle {
    id: bar
    // A short screen: one line, whose words get smaller rather than wrap beside the controls.
    property bool compact: false
    // A narrow screen: the controls go under the line.
    property bool stacked: false
    // Room above and below its buttons: content scrolled up to its edge stays a separate target.
    implicitHeight: Math.max(grid.implicitHeight + 20, Theme.iconSmall + 20)
    color: Theme.surfaceAlt

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin / 2
        anchors.topMargin: 10
        anchors.bottomMargin: 10
        columns: bar.stacked ? 2 : 3
        columnSpacing: 12
        rowSpacing: 4
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
            // Never cut: on a short screen the words get smaller to keep one line.
            fontSizeMode: bar.compact ? Text.HorizontalFit : Text.FixedSize
            minimumPixelSize: Theme.minLabelSize
            wrapMode: bar.compact ? Text.NoWrap : Text.WordWrap
            Layout.fillWidth: true
        }
        DisplayControls {
            compact: true
            Layout.columnSpan: bar.stacked ? 2 : 1
            Layout.alignment: bar.stacked ? Qt.AlignRight : Qt.AlignVCenter
        }
    }
}
