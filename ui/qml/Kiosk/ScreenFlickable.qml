import QtQuick

// A vertically scrolling screen with kinetic flicks and a slim position indicator
// (an indicator, not a scrollbar: nothing here needs a mouse). It also moves without a drag
// (WCAG 2.5.7): Main.qml sends it the page keys (Page Up/Down, arrows, Home, End, Space) and
// PageScrollControls' "Next" and "Top".
Flickable {
    id: flick
    default property alias body: stack.data
    readonly property alias column: stack
    property alias spacing: stack.spacing
    // Room above and below the page: less on a short view.
    property int edge: short ? Theme.gap : Theme.margin
    readonly property bool scrollable: contentHeight > height + 1
    readonly property bool atTop: contentY <= 1
    readonly property bool atEnd: contentY >= contentHeight - height - 1
    // A short view (a 1366x768 screen's page, under its bars): less room above and between the
    // parts, so the page's own words start in the first view at every text size.
    readonly property bool short: height < 600
    // Room kept free on the right for PageScrollControls when the margins are too narrow for it.
    readonly property real controlsRoom: (width - Math.min(width - 2 * Theme.margin, Theme.maxTextWidth)) / 2
        >= Theme.pageControlWidth + 2 * Theme.gap ? 0 : Theme.pageControlWidth + 2 * Theme.gap
    clip: true
    // A page: screen readers hear its name (its title) as they enter it.
    Accessible.role: Accessible.Pane
    flickableDirection: Flickable.VerticalFlick
    boundsBehavior: Flickable.DragOverBounds
    contentWidth: width
    contentHeight: stack.implicitHeight + 2 * edge
    pixelAligned: true

    Column {
        id: stack
        width: Math.min(flick.width - 2 * Theme.margin - flick.controlsRoom, Theme.maxTextWidth)
        // The controls' room is on the right, or on the left on a mirrored screen.
        x: (flick.width - flick.controlsRoom - width) / 2 + (flick.LayoutMirroring.enabled ? flick.controlsRoom : 0)
        y: flick.edge
        spacing: flick.short ? Theme.gap : 28
    }

    // Scrolls so that ``item`` (inside this screen) starts near the top of the view.
    function bringIntoView(item: Item) {
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        const margin = item.height + flick.edge <= flick.height ? flick.edge : Theme.gap
        glide.stop()
        flick.contentY = Math.max(0, Math.min(top - margin, flick.contentHeight - flick.height))
        rememberPlace()
    }

    // Where the patient is reading: the part of the page at the top of the view, and how far into
    // it. A new text size or language lays the page out anew; that part comes back to the top.
    property Item placeItem: null
    property real placeFraction: 0
    property bool restorePending: false
    function rememberPlace() {
        const top = flick.contentY - stack.y
        placeItem = null
        for (let i = 0; i < stack.children.length; ++i) {
            const part = stack.children[i]
            if (part.visible && part.height > 0 && part.y + part.height > top) {
                placeItem = part
                placeFraction = Math.max(0, (top - part.y) / part.height)
                return
            }
        }
    }
    function restorePlace() {
        if (!placeItem || flick.contentY <= 0)
            return
        const y = stack.y + placeItem.y + placeFraction * placeItem.height
        flick.contentY = Math.max(0, Math.min(y, flick.contentHeight - flick.height))
    }
    onMovementEnded: rememberPlace()
    Connections {
        target: Display
        function onTextSizeChanged() { flick.restorePending = true; flick.update() }
        function onLanguageChanged() { flick.restorePending = true; flick.update() }
    }
    Connections {
        target: flick.Window.window
        enabled: flick.restorePending
        function onFrameSwapped() {
            flick.restorePending = false
            flick.restorePlace()
        }
    }

    // The same for an item that has only just appeared: once it is laid out (after the next frame).
    property Item pendingItem: null
    function bringIntoViewSoon(item: Item) {
        pendingItem = item
        flick.update()
    }
    Connections {
        target: flick.Window.window
        enabled: flick.pendingItem !== null
        function onFrameSwapped() {
            const item = flick.pendingItem
            flick.pendingItem = null
            if (item)
                flick.bringIntoView(item)
        }
    }

    // ---------------------------------------------------------------- moving without a drag
    // Where the page is going (a glide may be under way): repeated presses add up.
    readonly property real heading: glide.running ? glide.to : contentY

    function scrollTo(y: real) {
        glideTo(Math.max(0, Math.min(y, contentHeight - height)))
    }
    function glideTo(target: real) {
        glide.stop()
        if (Math.abs(target - contentY) < 1)
            return
        glide.from = contentY
        glide.to = target
        glide.start()
    }
    function scrollBy(dy: real) {
        scrollTo(heading + dy)
    }
    // About a screenful on, and never past anything unread. A part of the page (a section, a
    // question) that starts in the lowest 30 % of the view, cut by its edge or not, comes to the
    // top: the next view starts at a beginning. With none there (a long section), the page moves
    // 85 % of the view, and the last lines read stay in sight above the new ones.
    function pageDown() {
        const from = heading
        const starts = sectionTops().filter(top => top >= from + height * 0.7
                                                   && top + Theme.margin / 2 < from + height)
        scrollTo(starts.length ? starts[starts.length - 1] : from + height * 0.85)
    }
    function pageUp() {
        scrollBy(-height * 0.85)
    }
    function lineDown() {
        scrollBy(Theme.bodySize * Theme.lineHeight * 2)
    }
    function lineUp() {
        scrollBy(-Theme.bodySize * Theme.lineHeight * 2)
    }
    function toTop() {
        scrollTo(0)
    }
    function toEnd() {
        scrollTo(contentHeight - height)
    }
    // Where each part of the page would stand at the top of the view: its hero, each section card,
    // each FAQ question…
    function sectionTops(): list<real> {
        const tops = []
        for (let i = 0; i < stack.children.length; ++i) {
            const part = stack.children[i]
            if (part.visible && part.height > 0)
                tops.push(part.y + stack.y - Theme.margin / 2)
        }
        return tops
    }

    // Scrolls the least that shows ``item`` whole once it is ``finalHeight`` tall (an FAQ answer
    // that has only begun to slide open), or brings its top near the top of the view when it is
    // taller than the view. The page's end is where it will be once the item has grown.
    function reveal(item: Item, finalHeight: real) {
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        const end = Math.max(0, flick.contentHeight + finalHeight - item.height - flick.height)
        let y = heading
        if (finalHeight + 2 * Theme.gap > flick.height)
            y = top - Theme.gap
        else if (top + finalHeight + Theme.gap > y + flick.height)
            y = top + finalHeight + Theme.gap - flick.height
        else if (top - Theme.gap < y)
            y = top - Theme.gap
        glideTo(Math.max(0, Math.min(y, end)))
    }

    NumberAnimation {
        id: glide
        target: flick
        property: "contentY"
        duration: Theme.transitionMs
        easing.type: Easing.OutCubic
        onStopped: flick.rememberPlace()
    }

    // A keyboard or switch user's focus is always scrolled into view; Tab into a section brings
    // the section into view, its heading with it, when its start and the focused control fit on
    // the screen together (else the control comes near the top).
    Connections {
        target: flick.Window.window
        function onActiveFocusItemChanged() {
            const item = flick.Window.window ? flick.Window.window.activeFocusItem : null
            let part = null
            for (let p = item; p; p = p.parent) {
                if (p.parent === stack)
                    part = p
                if (p === flick.contentItem) {
                    const top = item.mapToItem(flick.contentItem, 0, 0).y
                    const bottom = top + item.height
                    if (top < flick.contentY || bottom > flick.contentY + flick.height) {
                        const partTop = part ? part.y + stack.y : top
                        const y = bottom - partTop + Theme.margin <= flick.height ? partTop - Theme.margin / 2
                                                                                  : top - Theme.margin
                        glide.stop()  // a page key's glide must not carry the page on past it
                        flick.contentY = Math.max(0, Math.min(y, flick.contentHeight - flick.height))
                        flick.rememberPlace()
                    }
                    return
                }
            }
        }
    }

    // A new patient starts every screen at the top.
    Connections {
        target: Navigation
        function onSessionReset() {
            glide.stop()
            flick.contentY = 0
            flick.placeItem = null
        }
    }

    // Where the patient is on a long page, shown while it moves.
    Rectangle {
        parent: flick
        visible: flick.visibleArea.heightRatio < 1
        x: flick.LayoutMirroring.enabled ? 4 : flick.width - width - 4
        y: flick.visibleArea.yPosition * flick.height
        width: 8
        height: flick.visibleArea.heightRatio * flick.height
        radius: 4
        color: Theme.primary
        opacity: flick.moving ? 0.5 : 0
        Behavior on opacity {
            NumberAnimation { duration: Theme.quickMs }
        }
    }
}
