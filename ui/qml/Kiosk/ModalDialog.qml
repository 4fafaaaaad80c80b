import QtQuick
import QtQuick.Layouts

// A popup that is a dialog for every patient, not only for the eye. It dims the screen and takes
// every touch outside its card; when it opens, keyboard focus moves into it and Tab / Shift+Tab
// stay inside; Escape closes it; when it closes, focus goes back to the control that had it.
// While one is open Main.qml makes everything behind it inert (Dialogs.openCount), so no key,
// touch or screen-reader action reaches the screen underneath. Screen readers hear a dialog
// named by its title.
//
//     ModalDialog {
//         open: <state that lives in Python>
//         title: qsTr("…")
//         onCloseRequested: <ask Python to close it>
//         …the card's content, laid out in a column…
//     }
Rectangle {
    id: dialog
    // Shown while true: bind it to the state that owns the dialog (Python), never set it here.
    property bool open: false
    // What a screen reader announces when the dialog opens.
    property string title: ""
    property string description: ""
    // Where focus goes on opening; by default the first control inside.
    property Item initialFocus: null
    // A tap on the dimmed screen around the card asks to close (a definition: yes; a keypad: no).
    property bool closeOnOutsideTap: true
    // A tap on the card itself asks to close too ("Are you still there?": touch anywhere).
    property bool closeOnCardTap: false
    property bool closeOnEscape: true
    // Any key that no control inside took asks to close ("Are you still there?": any key).
    property bool closeOnAnyKey: false
    property real cardWidth: 900
    // The card in the lower part of a tall screen, within a seated patient's reach.
    property bool nearBottom: false
    property int padding: Theme.cardPadding
    property alias card: card
    property alias spacing: body.spacing
    default property alias content: body.data
    // Escape, or a tap where the options above allow it: the owner decides whether to close.
    signal closeRequested()

    // The control that had focus when the dialog opened.
    property Item returnFocusTo: null
    property bool counted: false

    color: Theme.scrim
    visible: open

    onOpenChanged: {
        if (open) {
            // Remember where focus was before the background goes inert and loses it (once: a
            // dialog built open hears this again when it is completed, by then from nowhere).
            if (!counted) {
                const window = dialog.Window.window
                const focused = window ? window.activeFocusItem : null
                returnFocusTo = focused && !dialog.holds(focused) ? focused : null
                counted = true
                Dialogs.openCount += 1
            }
            Qt.callLater(dialog.takeFocus)
        } else {
            if (counted) {
                counted = false
                Dialogs.openCount -= 1
            }
            Qt.callLater(dialog.giveFocusBack, false)
        }
    }
    Component.onCompleted: if (open) openChanged()
    // A dialog its Loader drops as it closes (text size and contrast, the staff screens) gives
    // focus back now: a call left for later would never come.
    Component.onDestruction: {
        if (counted)
            Dialogs.openCount -= 1
        giveFocusBack(true)
    }

    function holds(item: Item): bool {
        for (let p = item; p; p = p.parent) {
            if (p === dialog)
                return true
        }
        return false
    }

    // The controls inside, in Tab order (the order of the item tree, as Qt's focus chain).
    function focusables(): list<Item> {
        const found = []
        const walk = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (!child.visible || !child.enabled)
                    continue
                if (child.activeFocusOnTab)
                    found.push(child)
                walk(child)
            }
        }
        walk(body)
        return found
    }

    function focusEdge(first: bool) {
        const items = focusables()
        const target = items.length ? items[first ? 0 : items.length - 1] : card
        target.forceActiveFocus(first ? Qt.TabFocusReason : Qt.BacktabFocusReason)
    }

    function takeFocus() {
        if (!open)
            return
        if (initialFocus && initialFocus.visible && initialFocus.enabled)
            initialFocus.forceActiveFocus(Qt.PopupFocusReason)
        else
            focusEdge(true)
    }

    function giveFocusBack(going: bool) {
        const target = returnFocusTo
        returnFocusTo = null
        if ((open && !going) || !target || !target.visible || !target.enabled)
            return
        const window = target.Window.window
        const focused = window ? window.activeFocusItem : null
        // Only take focus back from this dialog (or from nowhere), never from where the patient
        // has moved on to.
        if (!focused || dialog.holds(focused) || focused === window.contentItem || !focused.activeFocusOnTab)
            target.forceActiveFocus(Qt.PopupFocusReason)
    }

    // Touches outside the card: taken here, so nothing underneath is pressed. The dialog reacts
    // when the finger lifts, so the lift cannot reach what lies under it either.
    MouseArea {
        anchors.fill: parent
        preventStealing: true
        onReleased: if (dialog.closeOnOutsideTap) dialog.closeRequested()
        onCanceled: if (dialog.closeOnOutsideTap) dialog.closeRequested()
    }

    Rectangle {
        id: card
        objectName: dialog.objectName ? dialog.objectName + "Card" : ""
        anchors.horizontalCenter: parent.horizontalCenter
        y: dialog.nearBottom && dialog.height > dialog.width
            ? dialog.height - height - 2 * Theme.margin
            : (dialog.height - height) / 2
        width: Math.min(dialog.width - 2 * Theme.margin, dialog.cardWidth)
        height: Math.min(dialog.height - 2 * Theme.margin, body.implicitHeight + 2 * dialog.padding)
        radius: Theme.radius
        color: Theme.surface

        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.title
        Accessible.description: dialog.description

        // Nothing behind the dialog hears a key: what no control inside takes ends here.
        Keys.onPressed: event => {
            if (event.key === Qt.Key_Tab || event.key === Qt.Key_Backtab) {
                // Focus is on the card itself (no control inside has it): enter the controls.
                dialog.focusEdge(event.key === Qt.Key_Tab && !(event.modifiers & Qt.ShiftModifier))
            } else if (event.key === Qt.Key_Escape ? dialog.closeOnEscape : dialog.closeOnAnyKey) {
                dialog.closeRequested()
            }
            event.accepted = true
        }
        Keys.onReleased: event => { event.accepted = true }

        MouseArea {
            anchors.fill: parent
            preventStealing: true
            onReleased: if (dialog.closeOnCardTap) dialog.closeRequested()
            onCanceled: if (dialog.closeOnCardTap) dialog.closeRequested()
        }

        // Tab from the last control lands here and goes round to the first; Shift+Tab from the
        // first lands on the other guard and goes round to the last.
        Item {
            activeFocusOnTab: dialog.open
            Accessible.ignored: true
            onActiveFocusChanged: if (activeFocus) dialog.focusEdge(false)
        }
        Flickable {
            id: scroller
            anchors.fill: parent
            anchors.margins: dialog.padding
            contentWidth: width
            contentHeight: body.implicitHeight
            // Large text on a small screen: the card scrolls rather than running off it.
            interactive: contentHeight > height
            clip: interactive
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: body
                width: scroller.width
                spacing: 20
            }
        }
        Item {
            activeFocusOnTab: dialog.open
            Accessible.ignored: true
            onActiveFocusChanged: if (activeFocus) dialog.focusEdge(true)
        }
    }

    // A control focused by keyboard inside a card that scrolls is brought into view.
    Connections {
        target: dialog.Window.window
        enabled: dialog.open && scroller.interactive
        function onActiveFocusItemChanged() {
            const item = dialog.Window.window.activeFocusItem
            if (!item || !dialog.holds(item))
                return
            const top = item.mapToItem(scroller.contentItem, 0, 0).y
            if (top < scroller.contentY || top + item.height > scroller.contentY + scroller.height)
                scroller.contentY = Math.max(0, Math.min(top - 20, scroller.contentHeight - scroller.height))
        }
    }
}
