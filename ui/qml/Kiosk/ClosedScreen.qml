import QtQuick

// Outside opening hours (config open_hours): a nearly black screen with the clinic's name dimmed,
// drifting slowly so no pixel stays lit in one place (burn-in) and the panel draws little power.
// A touch anywhere wakes the kiosk for five minutes; it is swallowed so nothing underneath is pressed.
Rectangle {
    id: closed
    objectName: "closedScreen"
    color: Theme.closedBackground
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Closed. Touch the screen to start.")

    MouseArea {
        anchors.fill: parent
        preventStealing: true
        onReleased: Idle.dismissOverlay()
        onCanceled: Idle.dismissOverlay()
    }

    Text {
        id: name
        objectName: "closedName"
        property real phase: 0
        x: (closed.width - width) / 2 + Math.sin(phase) * closed.width * 0.2
        y: (closed.height - height) / 2 + Math.sin(phase * 1.3) * closed.height * 0.3
        width: Math.min(implicitWidth, closed.width * 0.5)
        text: Clinic.name || Content.appTitle
        color: Theme.closedText
        font.pixelSize: Theme.headingSize
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        // A step a minute, not an animation: the screen stays still (and the GPU idle) in between.
        Timer {
            interval: Theme.reduceMotion ? 600000 : 60000
            repeat: true
            running: true
            onTriggered: name.phase += 0.7
        }
    }
}
