pragma ComponentBehavior: Bound
import QtQuick

// What is on this page, at a glance: one large chip per section; a tap brings that section to
// the top of the screen, so a long page never has to be searched by scrolling.
// On a short view the chips stand in one row that slides sideways (the next chip cut at the edge
// says there are more), rather than take rows of the page's first view.
Flickable {
    id: chips
    objectName: "sectionChips"
    required property PageObject page
    property bool strip: false
    // A control of the page's own that stands first among the chips, in their row or rows, so it
    // takes no line of the first view of its own (InfoScreen: "Compare the two").
    property Component lead: null
    signal jump(string sectionId)
    // One section (a FAQ without topics) is no choice to offer.
    visible: repeater.count > 1
    width: parent ? parent.width : implicitWidth
    height: flow.implicitHeight
    contentWidth: flow.width
    contentHeight: flow.implicitHeight
    flickableDirection: Flickable.HorizontalFlick
    boundsBehavior: Flickable.StopAtBounds
    interactive: strip && contentWidth > width + 1
    clip: strip
    pixelAligned: true

    // The chips' width in one row.
    readonly property real rowWidth: {
        let total = 0
        let count = 0
        for (const chip of flow.children) {
            if (chip.implicitWidth > 0) {
                total += chip.implicitWidth
                count += 1
            }
        }
        return total + Math.max(0, count - 1) * flow.spacing
    }
    // A chip reached with Tab slides into view (with a little of its neighbour, so more shows).
    function reveal(chip: Item) {
        const room = Theme.touchMin
        if (chip.x < contentX)
            contentX = Math.max(0, chip.x - room)
        else if (chip.x + chip.width > contentX + width)
            contentX = Math.min(contentWidth - width, chip.x + chip.width + room - width)
    }
    // Where the row starts: its left end, or its right end on a mirrored (right-to-left) screen,
    // where the chips run from the right.
    readonly property bool mirrored: LayoutMirroring.enabled
    readonly property real start: mirrored ? Math.max(0, contentWidth - width) : 0
    function toStart() { contentX = start }
    onStripChanged: toStart()
    onStartChanged: toStart()
    // The next patient finds the row at its start.
    Connections {
        target: Navigation
        function onSessionReset() { chips.toStart() }
    }

    Flow {
        id: flow
        width: chips.strip ? Math.max(chips.width, chips.rowWidth) : chips.width
        spacing: 12

        Loader {
            active: chips.lead !== null
            sourceComponent: chips.lead
        }
        Repeater {
            id: repeater
            model: chips.page.sections
            delegate: TouchButton {
                id: chipButton
                required property string sectionId
                required property string chip
                objectName: "chip_" + sectionId
                text: chip
                labelSize: Theme.controlLabelSize
                minHeight: chips.strip ? Theme.touchCompact : Theme.touchMin
                outlined: true
                flat: true
                onClicked: chips.jump(chipButton.sectionId)
                onActiveFocusChanged: if (activeFocus && chips.strip) chips.reveal(chipButton)
            }
        }
    }

    // More chips beyond the edge: the row fades out there.
    Rectangle {
        parent: chips
        visible: chips.interactive && !(chips.mirrored ? chips.atXBeginning : chips.atXEnd)
        anchors { right: parent.right; top: parent.top; bottom: parent.bottom }
        width: Theme.touchMin
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: chips.mirrored ? Theme.background : "transparent" }
            GradientStop { position: 1; color: chips.mirrored ? "transparent" : Theme.background }
        }
    }
}
