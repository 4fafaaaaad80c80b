import QtQuick
import QtQuick.Layouts

// Title, subtitle and the screen's illustration side by side. The picture is a quarter of the
// first view at most (less on a short screen), so the page's words come first.
RowLayout {
    id: hero
    required property PageObject page
    // The height of the screen this hero opens: the picture's size follows it.
    property real viewHeight: 1080
    readonly property real imageHeight: Math.round(viewHeight * (viewHeight < 600 ? 0.18 : 0.25))
    width: parent ? parent.width : implicitWidth
    spacing: 40

    ColumnLayout {
        spacing: 12
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter
        Heading {
            objectName: "pageTitle_" + hero.page.screenId
            text: hero.page.title
            level: 1
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
        sourceSize.height: hero.imageHeight * 2
        Layout.preferredHeight: Layout.preferredWidth * 3 / 4
        // On a narrow page the picture gives way to larger words: less of the width as they grow.
        Layout.preferredWidth: Math.min(hero.imageHeight * 4 / 3, hero.width * 0.35 / Theme.textScale)
        Layout.alignment: Qt.AlignVCenter
        Accessible.role: Accessible.Graphic
        Accessible.name: hero.page.imageAlt
    }
}
