import QtQuick
import QtQuick.Layouts

// Title, one-line subtitle and the screen's illustration; side by side when there is room,
// stacked on a portrait screen.
GridLayout {
    id: hero
    required property PageObject page
    readonly property bool wide: width > 900
    width: parent ? parent.width : implicitWidth
    columns: wide ? 2 : 1
    columnSpacing: 40
    rowSpacing: 24

    ColumnLayout {
        spacing: 12
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter
        Heading {
            objectName: "pageTitle_" + hero.page.screenId
            text: hero.page.title
            level: 1
            // A single word longer than the column ("Neuroestimuladores" at the largest text size)
            // breaks rather than run out of it; everything else wraps between words.
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            Layout.fillWidth: true
        }
        RichParagraph {
            visible: text !== ""
            markup: hero.page.subtitle
            plain: hero.page.subtitlePlain
            color: Theme.textMuted
            font.pixelSize: Theme.subtitleSize
            Layout.fillWidth: true
        }
    }
    Image {
        objectName: "pageImage_" + hero.page.screenId
        visible: hero.page.imageUrl !== ""
        source: hero.page.imageUrl
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        sourceSize.width: 880
        Layout.preferredWidth: hero.wide ? Math.min(520, hero.width * 0.42) : Math.min(640, hero.width)
        Layout.preferredHeight: Layout.preferredWidth * 0.75
        Layout.alignment: Qt.AlignHCenter
        Accessible.role: Accessible.Graphic
        Accessible.name: hero.page.imageAlt
    }
}
