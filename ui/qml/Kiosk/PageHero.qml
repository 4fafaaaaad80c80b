import QtQuick
import QtQuick.Layouts

// Title, subtitle and the screen's illustration side by side. The picture is a quarter of the
// first view at most, so the page's words come first. In landscape the title and subtitle are
// smaller than in portrait, whose page has height to spare; on a short view (1366x768) at the
// larger text sizes the picture gives way altogether (there it would be a thumbnail).
RowLayout {
    id: hero
    required property PageObject page
    // The height of the screen this hero opens: the picture's size follows it.
    property real viewHeight: 1080
    readonly property bool short: viewHeight < 600
    readonly property bool landscape: viewHeight < 900
    readonly property real imageHeight: Math.round(viewHeight * (short ? 0.18 : 0.25))
    width: parent ? parent.width : implicitWidth
    spacing: 40

    // A patient who chose this screen in the navigation with the keys starts reading at its
    // title, once the screen has slid into view: a screen reader says where they are (Orca says
    // nothing when a tab is chosen, and the next Tab would go back to the header).
    property bool titleWanted: false
    Connections {
        target: Navigation
        function onScreenChanged() {
            const focus = hero.Window.activeFocusItem
            hero.titleWanted = focus !== null && focus.objectName === "nav_" + hero.page.screenId
        }
    }
    readonly property bool titleReady: titleWanted && title.visible && title.enabled
    // Not in the handler itself: clearing titleWanted there would loop the binding.
    onTitleReadyChanged: if (titleReady) Qt.callLater(hero.takeTitle)
    function takeTitle() {
        if (!titleReady)
            return
        titleWanted = false
        title.forceActiveFocus(Qt.TabFocusReason)
    }

    ColumnLayout {
        spacing: hero.short ? 0 : hero.landscape ? 4 : 12
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter
        Heading {
            id: title
            objectName: "pageTitle_" + hero.page.screenId
            text: hero.page.title
            level: 1
            fullSize: hero.landscape ? Theme.shortTitleSize : Theme.titleSize
            activeFocusOnTab: true
            Layout.fillWidth: true
        }
        RichParagraph {
            objectName: "pageSubtitle_" + hero.page.screenId
            visible: text !== ""
            markup: hero.page.subtitle
            plain: hero.page.subtitlePlain
            activeFocusOnTab: visible
            color: Theme.textMuted
            font.pixelSize: hero.landscape ? Theme.bodySize : Theme.subtitleSize
            // One short sentence under a title: its lines can stand closer than a paragraph's.
            lineHeight: hero.landscape ? 1.1 : Theme.lineHeight
            Layout.fillWidth: true
        }
    }
    Image {
        objectName: "pageImage_" + hero.page.screenId
        visible: hero.page.imageUrl !== "" && !(hero.short && Theme.textScale > 1)
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
