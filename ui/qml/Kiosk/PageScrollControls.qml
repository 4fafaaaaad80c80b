import QtQuick

// "Top" and "Next": a long page can be read to its end without a drag (WCAG 2.5.7), by a switch
// user, a keyboard user, or a patient whose hand shakes. "Next" moves a screenful, as Page Down
// does (ScreenFlickable.pageDown). They act on the page in view (Main.qml says which) and stand at
// its right edge, in room ScreenFlickable keeps free. Above them, "Listen": the screen read
// aloud in one tap from every screen (while it reads, the bar at the foot pauses and stops it).
Column {
    id: controls
    objectName: "pageScrollControls"
    property ScreenFlickable page: null
    spacing: Theme.gap
    visible: page !== null && (page.scrollable || Speech.available)

    TouchButton {
        objectName: "pageListen"
        visible: Speech.available
        text: Speech.speaking ? qsTr("Stop") : qsTr("Listen")
        // The name holds the label a patient sees (WCAG 2.5.3), in both languages.
        accessibleName: Speech.speaking ? qsTr("Stop listening") : qsTr("Listen to this screen")
        iconName: Speech.speaking ? "mdi6.stop-circle-outline" : "mdi6.volume-high"
        vertical: true
        labelSize: Theme.controlLabelSize
        checked: Speech.speaking
        fitLabel: true
        implicitWidth: Theme.pageControlWidth
        onClicked: Speech.speaking ? Speech.stop() : Speech.readScreen()
    }
    // A little more room between reading aloud and moving the page.
    Item {
        visible: Speech.available && controls.page !== null && controls.page.scrollable
        width: 1
        height: Theme.gap
    }

    TouchButton {
        objectName: "backToTop"
        visible: controls.page !== null && controls.page.scrollable
        text: qsTr("Top")
        accessibleName: qsTr("Back to top")
        iconName: "mdi6.arrow-up"
        vertical: true
        labelSize: Theme.controlLabelSize
        enabled: controls.page !== null && !controls.page.atTop
        opacity: enabled ? 1 : 0.4
        fitLabel: true
        implicitWidth: Theme.pageControlWidth
        onClicked: controls.page.toTop()
    }
    TouchButton {
        objectName: "pageNext"
        visible: controls.page !== null && controls.page.scrollable
        text: qsTr("Next")
        // The name holds the label a patient sees (WCAG 2.5.3), in both languages.
        accessibleName: qsTr("Next part of the page")
        iconName: "mdi6.chevron-down"
        vertical: true
        labelSize: Theme.controlLabelSize
        enabled: controls.page !== null && !controls.page.atEnd
        opacity: enabled ? 1 : 0.4
        fitLabel: true
        implicitWidth: Theme.pageControlWidth
        onClicked: controls.page.pageDown()
    }
}
