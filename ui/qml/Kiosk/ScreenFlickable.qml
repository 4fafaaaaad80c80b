import QtQuick

// A vertically scrolling screen with kinetic flicks and a slim position indicator
// (an indicator, not a scrollbar: nothing here needs a mouse).
Flickable {
    id: flick
    default property alias body: stack.data
    clip: true
    flickableDirection: Flickable.VerticalFlick
    boundsBehavior: Flickable.DragOverBounds
    contentWidth: width
    contentHeight: stack.implicitHeight + 2 * Theme.margin
    pixelAligned: true

    Column {
        id: stack
        width: Math.min(flick.width - 2 * Theme.margin, Theme.maxTextWidth)
        x: (flick.width - width) / 2
        y: Theme.margin
        spacing: 28
    }

    // A keyboard or switch user's focus is always scrolled into view.
    Connections {
        target: flick.Window.window
        function onActiveFocusItemChanged() {
            const item = flick.Window.window ? flick.Window.window.activeFocusItem : null
            for (let p = item; p; p = p.parent) {
                if (p === flick.contentItem) {
                    const top = item.mapToItem(flick.contentItem, 0, 0).y
                    if (top < flick.contentY || top + item.height > flick.contentY + flick.height)
                        flick.contentY = Math.max(0, Math.min(top - Theme.margin, flick.contentHeight - flick.height))
                    return
                }
            }
        }
    }

    // A new patient starts every screen at the top.
    Connections {
        target: Navigation
        function onSessionReset() { flick.contentY = 0 }
    }

    // Where the patient is on a long page, shown while it moves.
    Rectangle {
        parent: flick
        visible: flick.visibleArea.heightRatio < 1
        x: flick.width - width - 4
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
