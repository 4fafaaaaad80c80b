import QtQuick
import QtQuick.Controls.Basic

// A vertically scrolling screen with kinetic flicks and a slim position indicator
// (an indicator, not a scrollbar: nothing here needs a mouse).
Flickable {
    id: flick
    default property alias body: column.data
    property alias column: column
    clip: true
    flickableDirection: Flickable.VerticalFlick
    boundsBehavior: Flickable.DragOverBounds
    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.margin
    pixelAligned: true

    Column {
        id: column
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
        target: app
        function onSessionReset() { flick.contentY = 0 }
    }

    ScrollIndicator.vertical: ScrollIndicator {
        contentItem: Rectangle {
            implicitWidth: 8
            radius: 4
            color: Theme.primary
            opacity: 0.5
        }
    }
}
