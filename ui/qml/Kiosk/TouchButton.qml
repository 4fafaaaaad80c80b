import QtQuick
import QtQuick.Layouts

// A large touch target: shows its pressed state at once, fires on release however slowly the
// finger lifts, and a drag that starts on it scrolls the page instead (TapHandler gives up past
// the drag threshold).
// Reachable with Tab, shows a focus ring, activated with Enter or Space.
Rectangle {
    id: button
    property string text: ""
    property string iconName: ""
    property string accessibleName: text
    property bool checked: false
    // A toggle or a choice (contrast, a text size, "Add to my list"): screen readers hear its
    // state. Otherwise "checked" is only the look of a main action.
    property bool checkable: false
    property bool flat: false
    // A thin outline even when not focused: a chip among chips.
    property bool outlined: false
    // A display choice (language, text size and contrast): quieter words and no fill, below the
    // screens and the patient's list in the order of the eye; its outline still says "button".
    property bool secondary: false
    property color foreground: checked ? Theme.textOnPrimary : secondary ? Theme.textMuted : Theme.primaryDark
    property int labelSize: Theme.navLabelSize
    property int iconSize: vertical ? Theme.navIconSize : Theme.buttonIconSize
    property bool vertical: false
    // Laid out at a width of its parent's choosing (the navigation bar): the label fits itself in.
    property bool fitLabel: false
    // Lines a fitted label may take before it gets smaller (one on a short screen's navigation).
    property int fitLines: 2
    // Secondary controls on a short screen may be lower (still far above the 44 px minimum).
    property int minHeight: Theme.touchMin
    // The widest a fitted label may be: its button less the padding (and an icon beside it).
    readonly property real labelRoom: Math.max(0, width - (vertical ? 16 : 24 + (iconName === "" ? 0 : iconSize + 12)))
    // The focus ring: its own keyboard focus, or that of a control wrapped around it (LanguageButton).
    property bool focusRing: activeFocus && Theme.showFocus
    readonly property bool pressed: tap.pressed
    signal clicked()

    implicitWidth: Math.max(Theme.touchMin, content.implicitWidth + 40)
    implicitHeight: Math.max(minHeight, content.implicitHeight + 24)
    radius: Theme.radius
    color: checked ? Theme.primary : (tap.pressed ? Theme.pressed : (flat || secondary ? "transparent" : Theme.primarySoft))
    border.width: focusRing ? Theme.focusWidth : (Theme.highContrast || outlined || secondary ? 2 : 0)
    border.color: focusRing ? Theme.focusRing : secondary ? Theme.outline : Theme.divider
    // Qt's Tab chain skips hidden and disabled items by itself; a binding here would warn when a
    // focused button is hidden (a dialog closing) or made inert (a dialog opening).
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: accessibleName
    Accessible.checkable: checkable
    Accessible.checked: checkable && checked
    // A screen reader's (or a switch program's) action is no input event: Idle hears of it here.
    Accessible.onPressAction: { Idle.activity(); button.clicked() }
    // Enter, Return or Space presses it once: a key held down (a shaking hand, or the Enter that
    // just answered "Are you still there?") neither presses it again nor the control focus goes to next.
    Keys.onPressed: event => {
        if (event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter && event.key !== Qt.Key_Space)
            return
        event.accepted = true
        if (!event.isAutoRepeat)
            button.clicked()
    }

    GridLayout {
        id: content
        anchors.centerIn: parent
        flow: button.vertical ? GridLayout.TopToBottom : GridLayout.LeftToRight
        rowSpacing: 6
        columnSpacing: 12
        Icon {
            visible: button.iconName !== ""
            name: button.iconName
            color: button.foreground
            size: button.iconSize
            Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
        }
        Text {
            visible: button.text !== ""
            text: button.text
            color: button.foreground
            font.pixelSize: button.labelSize
            font.bold: true
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            // A label wider than its button takes two lines, between words, and only then gets
            // smaller (never breaking inside a word).
            fontSizeMode: button.fitLabel ? Text.Fit : Text.FixedSize
            minimumPixelSize: Theme.minLabelSize
            wrapMode: button.fitLabel && button.fitLines > 1 ? Text.WordWrap : Text.NoWrap
            verticalAlignment: Text.AlignVCenter
            // ``fitLines`` lines at most (a line is about 1.27 of the size in Atkinson Hyperlegible).
            Layout.preferredHeight: button.fitLabel ? Math.min(implicitHeight, button.labelSize * 1.3 * button.fitLines) : -1
            Layout.maximumWidth: button.fitLabel ? button.labelRoom : Number.POSITIVE_INFINITY
            Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
        }
    }

    TapHandler {
        id: tap
        longPressThreshold: Theme.pressHoldS
        onTapped: button.clicked()
    }
}
