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
