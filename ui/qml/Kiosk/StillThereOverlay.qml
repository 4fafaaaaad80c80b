import QtQuick
import QtQuick.Layouts

// "Are you still there?" with a countdown of at least 20 s (WCAG 2.2.1) and "I need more time",
// which doubles the timeout for the rest of this patient's visit. Any other touch or key keeps
// the patient's place; it is taken here so it cannot also press whatever lies underneath.
// A screen reader hears the question and the seconds left when it opens, and again near the end.
ModalDialog {
    id: overlay
    objectName: "stillThereOverlay"
    open: Idle.overlay === Idle.Countdown
    title: qsTr("Are you still there?")
    description: secondsText.Accessible.name
    initialFocus: moreTime
    cardWidth: 900
    // A short screen (768 px) at the largest text size: a smaller title and less room around it,
    // so the question, the seconds and "I need more time" are all in view at once.
    readonly property bool short: height < 900
    padding: short ? Theme.cardPadding : 56
    closeOnCardTap: true
    closeOnAnyKey: true
    card.radius: Theme.radius * 1.5
    spacing: short ? 20 : 28
    opacity: visible ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.quickMs } }
    onCloseRequested: Idle.dismissOverlay()

    // Announced, not only shown: a patient who cannot see the dial hears the time left.
    onOpenChanged: {
        lastCall = ""
        if (open)
            announce(qsTr("Are you still there? The screen will start over in %1 seconds. Press any key to keep reading, or choose I need more time.").arg(Idle.secondsLeft))
    }
    Connections {
        target: Idle
        enabled: overlay.open
        function onSecondsLeftChanged() {
            if (Idle.secondsLeft === 10 || Idle.secondsLeft === 5) {
                overlay.announce(secondsText.Accessible.name)
                overlay.lastCall = secondsText.Accessible.name
            }
        }
    }
    // The same near the end for Orca 43, which hears no announcement: what the focused button
    // says of itself changes, and Orca reads a focused control's new description.
    property string lastCall: ""
    function announce(message: string) {
        overlay.card.Accessible.announce(message)
    }

    Text {
        textFormat: Text.PlainText
        objectName: "stillThereTitle"
        text: overlay.title
        color: Theme.primaryDark
        font.pixelSize: overlay.short ? Theme.headingSize : Theme.titleSize
        font.bold: true
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Rectangle {
        width: Theme.countdownDial
        height: width
        radius: width / 2
        color: Theme.primarySoft
        border.color: Theme.primary
        border.width: 8
        Layout.alignment: Qt.AlignHCenter
        Accessible.ignored: true
        Text {
            id: secondsText
            textFormat: Text.PlainText
            objectName: "stillThereSeconds"
            anchors.centerIn: parent
            text: Idle.secondsLeft
            color: Theme.primaryDark
            font.pixelSize: Theme.countdownSize
            font.bold: true
            Accessible.role: Accessible.StaticText
            Accessible.name: Idle.secondsLeft === 1 ? qsTr("1 second left") : qsTr("%1 seconds left").arg(Idle.secondsLeft)
        }
    }
    Text {
        textFormat: Text.PlainText
        text: qsTr("Touch anywhere to keep reading. Otherwise the screen will start over for the next person.")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    TouchButton {
        id: moreTime
        objectName: "moreTime"
        text: qsTr("I need more time")
        iconName: "mdi6.timer-plus-outline"
        checked: true
        Accessible.description: overlay.lastCall
        Layout.alignment: Qt.AlignHCenter
        onClicked: Idle.moreTime()
    }
}
