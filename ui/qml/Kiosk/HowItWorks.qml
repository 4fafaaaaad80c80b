pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// "How it works, step by step": a therapy's "How does it work?" section in motion, step by step, at the
// end of that section (SectionCard loads it once it is built, never before the first frame).
// The captions are content (the page's [how_it_works] steps): each says again what the section
// says, with its citations. It plays while a patient can see it, and stops when its screen is
// not in view, when it is scrolled away, behind "Are you still there?", the attract loop or a
// dialog; the idle reset takes it back to its start. Nothing runs while it stands still, so it
// never keeps the window drawing. With reduced motion it is one still frame with every caption.
ColumnLayout {
    id: motion
    property PageObject page: null
    // The screen it scrolls in: it plays only while in the view.
    property ScreenFlickable view: null
    property bool short: false
    objectName: "howItWorks_" + (page ? page.screenId : "")
    spacing: short ? 12 : 18

    readonly property var steps: page ? page.motionSteps : []
    readonly property bool still: Theme.reduceMotion
    property int step: 0
    // Milliseconds into the step.
    property real stepElapsed: 0
    property bool finished: false
    property bool userPaused: false
    readonly property string scene: steps.length > 0 ? steps[Math.min(step, steps.length - 1)].scene : ""
    readonly property real stepDuration: stepMs(step)
    readonly property real t: steps.length > 0 ? Math.min(1, stepElapsed / stepDuration) : 0
    readonly property bool inView: {
        if (!visible || !enabled || view === null || Idle.overlay !== Idle.Hidden || height <= 0)
            return false
        // Named, so the view's scrolling and layout are what this follows.
        const top = view.contentY, room = view.height, length = view.contentHeight
        const y = mapToItem(view.contentItem, 0, 0).y
        return length > 0 && y + height > top && y < top + room
    }
    readonly property bool playing: !still && !finished && !userPaused && inView && steps.length > 0
    // Every caption, for a screen reader: what the picture shows, then what it says, in order.
    readonly property string described: [page ? page.motionDescription : ""].concat(steps.map(s => s.plain)).join(" ")

    // As long as its caption takes to read slowly, within bounds.
    function stepMs(i: int): real {
        const words = i < steps.length ? steps[i].plain.split(/\s+/).length : 0
        return Math.max(Theme.motionStepMinMs, Math.min(Theme.motionStepMaxMs, words * Theme.motionWordMs))
    }
    function replay() {
        step = 0
        stepElapsed = 0
        finished = false
        userPaused = false
    }
    function playOrPause() {
        if (finished)
            replay()
        else
            userPaused = !userPaused
    }
    function advance(ms: real) {
        let elapsed = stepElapsed + ms
        while (elapsed >= stepMs(step)) {
            if (step + 1 >= steps.length) {
                stepElapsed = stepMs(step)
                finished = true
                return
            }
            elapsed -= stepMs(step)
            step += 1
        }
        stepElapsed = elapsed
    }

    // Runs only while it plays: a stopped FrameAnimation asks for no frames.
    FrameAnimation {
        running: motion.playing
        // A frame that came late (the screen was busy) moves it on no more than a tenth of a second.
        onTriggered: motion.advance(Math.min(frameTime, 0.1) * 1000)
    }
    Connections {
        target: Navigation
        function onSessionReset() { motion.replay() }
    }
    // New content with fewer steps (a language switch keeps the step: translations show the same).
    onStepsChanged: if (step >= steps.length) replay()

    Heading {
        objectName: "motionHeading_" + (motion.page ? motion.page.screenId : "")
        text: motion.page ? motion.page.motionHeading : ""
        fullSize: Theme.subtitleSize
        Layout.fillWidth: true
    }

    GridLayout {
        id: body
        // Picture beside the words where there is room, above them otherwise.
        readonly property bool wide: motion.width > 900
        // Picture and caption stand in one view together, even on a 768 px screen.
        readonly property real artHeightRoom: motion.view ? motion.view.height * (motion.short ? 0.55 : 0.5) : 450
        // On a short screen at the larger text sizes the words take more of the width (fewer lines).
        readonly property real artWidth: Math.min(Theme.motionArtWidth, artHeightRoom / 0.75,
                                                  wide ? motion.width * (motion.short && Theme.textScale > 1 ? 0.38 : 0.48)
                                                       : motion.width)
        columns: wide ? 2 : 1
        columnSpacing: 32
        rowSpacing: motion.short ? 12 : 18
        Layout.fillWidth: true

        Item {
            id: picture
            objectName: "motionPicture_" + (motion.page ? motion.page.screenId : "")
            Layout.preferredWidth: body.artWidth
            Layout.preferredHeight: body.artWidth * 0.75
            Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
            Accessible.role: Accessible.Animation
            Accessible.name: motion.page ? motion.page.motionHeading : ""
            Accessible.description: motion.described

            Loader {
                anchors.fill: parent
                sourceComponent: motion.page && motion.page.screenId === "drug_pumps" ? pumpArt : stimulatorArt
            }
            Component {
                id: stimulatorArt
                StimulatorMotion {
                    scene: motion.scene
                    t: motion.t
                    still: motion.still
                    source: motion.page ? motion.page.motionArtUrl : ""
                }
            }
            Component {
                id: pumpArt
                PumpMotion {
                    scene: motion.scene
                    t: motion.t
                    still: motion.still
                    source: motion.page ? motion.page.motionArtUrl : ""
                }
            }
        }

        ColumnLayout {
            spacing: motion.short ? 12 : 18
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop

            Text {
                objectName: "motionStep_" + (motion.page ? motion.page.screenId : "")
                // Not on a short screen at the larger sizes: the caption's number says it there,
                // and the words and buttons need the height.
                visible: !motion.still && !(motion.short && Theme.textScale > 1)
                text: qsTr("Step %1 of %2").arg(motion.step + 1).arg(motion.steps.length)
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
                font.bold: true
                textFormat: Text.PlainText
                Layout.fillWidth: true
                // The caption below says the same to a screen reader.
                Accessible.ignored: true
            }

            // The captions: the current step's while it plays, every step's when it stands still.
            // They take the room of the longest, so nothing below moves as they change.
            Item {
                id: captions
                property real tallest: 0
                function measure() {
                    let h = 0
                    for (let i = 0; i < lines.count; ++i) {
                        const line = lines.itemAt(i) as CaptionLine
                        if (line)
                            h = Math.max(h, line.implicitHeight)
                    }
                    tallest = h
                }
                Layout.fillWidth: true
                Layout.preferredHeight: motion.still ? stack.implicitHeight : tallest

                Column {
                    id: stack
                    width: parent.width
                    spacing: motion.short ? 8 : 12
                    Repeater {
                        id: lines
                        model: motion.steps
                        delegate: CaptionLine {
                            width: stack.width
                            onImplicitHeightChanged: captions.measure()
                        }
                    }
                }
            }

            Flow {
                visible: !motion.still
                spacing: Theme.gap
                Layout.fillWidth: true

                TouchButton {
                    objectName: "motionPlay_" + (motion.page ? motion.page.screenId : "")
                    readonly property bool toPause: !motion.finished && !motion.userPaused
                    text: toPause ? qsTr("Pause") : qsTr("Play")
                    iconName: toPause ? "mdi6.pause" : "mdi6.play"
                    accessibleName: toPause ? qsTr("Pause the animation") : qsTr("Play the animation")
                    labelSize: Theme.controlLabelSize
                    minHeight: motion.short ? Theme.touchCompact : Theme.touchMin
                    onClicked: motion.playOrPause()
                }
                TouchButton {
                    objectName: "motionReplay_" + (motion.page ? motion.page.screenId : "")
                    text: qsTr("Start again")
                    iconName: "mdi6.replay"
                    accessibleName: qsTr("Play the animation again from the start")
                    labelSize: Theme.controlLabelSize
                    minHeight: motion.short ? Theme.touchCompact : Theme.touchMin
                    onClicked: motion.replay()
                }
            }
        }
    }

    // One step's caption, with its number: shown alone while playing, in a list when still.
    component CaptionLine: Item {
        id: line
        required property int index
        required property var modelData
        readonly property bool current: index === motion.step
        objectName: "motionCaption_" + index
        visible: motion.still || current
        implicitHeight: Math.max(badge.height, words.implicitHeight)

        Rectangle {
            id: badge
            width: Theme.smallSize * 1.6
            height: width
            radius: width / 2
            color: line.current && !motion.still ? Theme.primary : Theme.primarySoft
            Text {
                anchors.centerIn: parent
                text: line.index + 1
                color: line.current && !motion.still ? Theme.textOnPrimary : Theme.primaryDark
                font.pixelSize: Theme.smallSize
                font.bold: true
                Accessible.ignored: true
            }
        }
        RichParagraph {
            id: words
            objectName: "motionCaptionText_" + line.index
            x: badge.width + Theme.gap
            width: line.width - x
            markup: line.modelData.rich
            plain: line.modelData.plain
        }
    }
}
