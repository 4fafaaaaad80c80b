pragma ComponentBehavior: Bound
import QtQuick

// The neurostimulator in motion, drawn over the still parts of its picture
// (images/motion/stimulator_base.svg: neurostimulator.svg without its rings, 400x300): a pain
// signal (red diamonds) climbing the spine to the brain, the pulses (rings) going from the device
// along the lead to the spinal cord, and the pain signal fading as it passes them. ``scene`` and
// ``t`` (0 to 1 through the scene) come from HowItWorks.qml; ``still`` is one frame that shows it
// all with nothing moving (reduced motion).
Item {
    id: art
    property string scene: ""
    property real t: 0
    property bool still: false
    property url source

    // Only simple items: a moving frame repaints a few small rectangles over a cached picture.
    readonly property bool painShown: still || scene === "pain-signal" || scene === "signal-changed" || scene === "relief"
    readonly property bool pulsesShown: still || scene === "pulses" || scene === "signal-changed" || scene === "relief"
    // With the device on, a pain signal fades as it passes the pulses.
    readonly property bool changed: still || scene === "signal-changed" || scene === "relief"
    // Trips of a pain signal up the spine, and of pulses along the lead, in one scene.
    readonly property real painTrips: scene === "relief" ? 1 : 2
    readonly property real pulseTrips: scene === "relief" ? 2 : 3

    function frac(x: real): real {
        return x - Math.floor(x)
    }
    function clamp01(x: real): real {
        return Math.max(0, Math.min(1, x))
    }
    // How far up the spine the k-th pain signal is (0 low in the back, 1 at the brain).
    function painAt(k: int): real {
        return still ? [0.2, 0.55, 0.85][k] : frac(t * painTrips - k * 0.22)
    }
    // How brightly a pain signal shows there: it fades in and out at its ends, and with the
    // device on, fades to a trace as it passes the pulses (about halfway up).
    function painStrength(p: real): real {
        const ends = Math.min(1, p / 0.08, (1 - p) / 0.08)
        return changed ? ends * (1 - 0.82 * clamp01((p - 0.29) / 0.26)) : ends
    }
    // The brain lights up as bright pain signals arrive.
    readonly property real heat: {
        if (!painShown)
            return 0
        let h = 0
        for (let k = 0; k < 3; ++k) {
            const p = painAt(k)
            h = Math.max(h, painStrength(p) * clamp01((p - 0.78) / 0.14))
        }
        return changed ? 0.1 : 0.12 + 0.6 * h
    }

    Image {
        anchors.fill: parent
        source: art.source
        sourceSize.width: width
        sourceSize.height: height
        fillMode: Image.PreserveAspectFit
        Accessible.ignored: true
    }

    component Dot: Rectangle {
        property real cx
        property real cy
        property real r: 5
        x: cx - r
        y: cy - r
        width: 2 * r
        height: 2 * r
        radius: r
        antialiasing: true
    }

    // The picture's own 400x300 coordinates, scaled to the size shown.
    Item {
        width: 400
        height: 300
        scale: art.width / 400
        transformOrigin: Item.TopLeft

        // Where the pain starts, low in the back: it stays (the device does not fix its cause).
        Dot {
            cx: 200
            cy: 226
            r: 14
            color: Theme.motionPain
            opacity: 0.28
        }
        // The brain, lit by the pain that reaches it.
        Dot {
            cx: 200
            cy: 50
            r: 38
            color: "transparent"
            border.color: Theme.motionPain
            border.width: 5
            opacity: art.heat
        }
        // The device at work.
        Dot {
            cx: 247
            cy: 220
            r: 24
            color: "transparent"
            border.color: Theme.motionPulse
            border.width: 3
            visible: art.pulsesShown
            opacity: art.still ? 0.6 : 0.35 + 0.3 * Math.sin(art.t * Math.PI * 2 * art.pulseTrips)
        }
        // Pulses along the lead, from the device to the spinal cord.
        Repeater {
            model: 3
            delegate: Dot {
                id: pulse
                required property int index
                readonly property real p: art.still ? [0.3, 0.6, 0.9][index] : art.frac(art.t * art.pulseTrips - index / 3)
                cx: along.x
                cy: along.y
                r: 6
                color: Theme.motionPulse
                border.color: "white"
                border.width: 1
                visible: art.pulsesShown
                PathInterpolator {
                    id: along
                    progress: pulse.p
                    path: Path {
                        startX: 236
                        startY: 222
                        PathCubic { control1X: 230; control1Y: 214; control2X: 214; control2Y: 214; x: 206; y: 206 }
                        PathCubic { control1X: 202; control1Y: 202; control2X: 203; control2Y: 196; x: 203; y: 190 }
                        PathLine { x: 203; y: 152 }
                    }
                }
            }
        }
        // Rings spreading from the lead's tip: the pulses reaching the nerves.
        Repeater {
            model: 3
            delegate: Dot {
                required property int index
                readonly property real q: art.still ? [0.15, 0.45, 0.75][index] : art.frac(art.t * art.pulseTrips - index / 3)
                cx: 203
                cy: 152
                r: 8 + 34 * q
                color: "transparent"
                border.color: Theme.motionPulse
                border.width: 3
                // In the scene of the pulses, the rings begin once the first pulse has got there.
                visible: art.pulsesShown && (art.scene !== "pulses" || art.t > 0.28)
                opacity: 0.95 * (1 - q)
            }
        }
        // Pain signals on their way up the spine to the brain.
        Repeater {
            model: 3
            delegate: Rectangle {
                id: signal
                required property int index
                readonly property real p: art.painAt(index)
                readonly property real strength: art.painStrength(p)
                x: 200 - width / 2
                y: 224 - p * 170 - height / 2
                width: 15 * (0.6 + 0.4 * strength)
                height: width
                rotation: 45
                antialiasing: true
                color: Theme.motionPain
                border.color: "white"
                border.width: 1
                visible: art.painShown
                opacity: strength
            }
        }
    }
}
