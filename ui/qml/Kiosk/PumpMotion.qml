pragma ComponentBehavior: Bound
import QtQuick

// The drug pump in motion, drawn over the still parts of its picture
// (images/motion/pump_base.svg: drug_pump.svg without its drops, 400x300): drops of medicine going
// from the pump through the tube into the fluid around the spinal cord, and spreading there; then,
// to compare, a pill swallowed, going to the stomach and on through the blood to the whole body.
// ``scene`` and ``t`` (0 to 1 through the scene) come from HowItWorks.qml; ``still`` is one frame
// that shows the pump's way with nothing moving (reduced motion).
Item {
    id: art
    property string scene: ""
    property real t: 0
    property bool still: false
    property url source

    readonly property bool pumpShown: still || scene === "pump-to-fluid" || scene === "small-dose"
    readonly property bool pillShown: scene === "pill" && !still
    // Drops along the tube in one scene: fewer when the point is how little is needed.
    readonly property real trips: scene === "small-dose" ? 1.5 : 2.5
    readonly property int drops: scene === "small-dose" ? 1 : 3
    // How far the medicine has spread in the fluid (0 none, 1 along the whole cord).
    readonly property real spread: still || scene === "small-dose" ? 1 : scene === "pump-to-fluid" ? clamp01((t - 0.3) * 1.8) : 0

    function frac(x: real): real {
        return x - Math.floor(x)
    }
    function clamp01(x: real): real {
        return Math.max(0, Math.min(1, x))
    }
    function lerp(a: real, b: real, f: real): real {
        return a + (b - a) * f
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
        property real r: 4
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

        // The pump at work.
        Dot {
            cx: 168
            cy: 216
            r: 27
            color: "transparent"
            border.color: Theme.motionMedicine
            border.width: 3
            visible: art.pumpShown
            opacity: art.still ? 0.6 : 0.3 + 0.3 * Math.sin(art.t * Math.PI * 2 * art.trips)
        }
        // The medicine in the fluid around the spinal cord, spreading up and down from the tube's tip.
        Repeater {
            model: 10
            delegate: Dot {
                id: fluid
                required property int index
                readonly property real f: 0.05 + index * 0.1
                cx: place.x
                cy: place.y
                r: 4
                color: Theme.motionMedicine
                visible: art.pumpShown
                opacity: 0.85 * art.clamp01(art.spread * 2 - Math.abs(f - 0.45) * 2.2)
                PathInterpolator {
                    id: place
                    progress: fluid.f
                    path: Path {
                        startX: 242
                        startY: 104
                        PathCubic { control1X: 250; control1Y: 124; control2X: 253; control2Y: 146; x: 250; y: 170 }
                        PathCubic { control1X: 248; control1Y: 190; control2X: 249; control2Y: 214; x: 256; y: 238 }
                    }
                }
            }
        }
        // Drops going from the pump through the tube, around the side to the spine.
        Repeater {
            model: 3
            delegate: Dot {
                id: drop
                required property int index
                readonly property real p: art.still ? [0.3, 0.6, 0.9][index] : art.frac(art.t * art.trips - index / 3)
                cx: along.x
                cy: along.y
                r: 6
                color: Theme.motionMedicine
                border.color: "white"
                border.width: 1.5
                visible: art.pumpShown && index < art.drops
                PathInterpolator {
                    id: along
                    progress: drop.p
                    path: Path {
                        startX: 188
                        startY: 218
                        PathCubic { control1X: 214; control1Y: 222; control2X: 244; control2Y: 232; x: 260; y: 230 }
                        PathCubic { control1X: 263; control1Y: 222; control2X: 257; control2Y: 214; x: 253; y: 206 }
                        PathCubic { control1X: 250; control1Y: 194; control2X: 250; control2Y: 176; x: 251; y: 160 }
                    }
                }
            }
        }

        // To compare: a pill, swallowed, to the stomach (the first third of the scene)...
        Dot {
            cx: 172
            cy: 168
            r: 17
            color: Theme.motionPill
            visible: art.pillShown
            opacity: 0.45 * art.clamp01((art.t - 0.22) * 6)
        }
        Rectangle {
            readonly property real f: art.clamp01(art.t / 0.3)
            x: art.lerp(176, 172, f) - width / 2
            y: art.lerp(60, 168, f) - height / 2
            width: 18
            height: 9
            radius: 4.5
            rotation: 30 + 60 * f
            antialiasing: true
            color: Theme.motionPill
            border.color: "white"
            border.width: 1.5
            visible: art.pillShown
            opacity: 1 - art.clamp01((art.t - 0.34) * 8)
        }
        // ...then through the blood, to the whole body.
        Repeater {
            model: [Qt.point(196, 40), Qt.point(184, 58), Qt.point(202, 84), Qt.point(188, 112), Qt.point(222, 108),
                Qt.point(244, 128), Qt.point(162, 150), Qt.point(158, 196), Qt.point(196, 206), Qt.point(150, 236),
                Qt.point(248, 184), Qt.point(250, 152), Qt.point(172, 248), Qt.point(240, 246), Qt.point(180, 284),
                Qt.point(236, 284)]
            delegate: Dot {
                required property int index
                required property point modelData
                readonly property real f: art.clamp01((art.t - 0.36 - index * 0.018) / 0.3)
                cx: art.lerp(172, modelData.x, f)
                cy: art.lerp(168, modelData.y, f)
                r: 3.5
                color: Theme.motionBlood
                border.color: "white"
                border.width: 1
                visible: art.pillShown && f > 0
                opacity: 0.9
            }
        }
    }
}
