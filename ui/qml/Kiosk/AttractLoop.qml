pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Templates as T

// Shown when nobody has touched the kiosk for a while: a slow loop of invitations, each caption
// under the picture it names, alternating the kiosk's languages, and "touch to start" in each.
// The whole composition drifts, so no pixel stays still (burn-in) and passers-by see it is
// alive; with reduced motion it stands still and slides change without fading.
// A touch anywhere returns to Overview, in the language of the slide touched (the words the
// patient just read), or in the language whose name was touched (a row of them, each in its own
// words, when the kiosk offers more than one); it is swallowed so nothing underneath is pressed.
Rectangle {
    id: attract
    objectName: "attractLoop"
    visible: Idle.overlay === Idle.Attract
    gradient: Gradient {
        GradientStop { position: 0.0; color: Theme.primaryDark }
        GradientStop { position: 1.0; color: Theme.primary }
    }

    readonly property var slides: Attract.slides
    readonly property var languages: Attract.languages
    // The language named under the finger while it is down (it lights up as a button does).
    property string pressedLanguage: ""
    property int step: 0
    // The slide on show: it follows ``step`` once the old slide has faded out, so picture, words
    // and language change together, and a touch mid-fade starts in the language still read.
    property int shown: 0
    readonly property var slide: slides.length > 0 ? slides[shown % slides.length] : ({})
    Behavior on shown {
        enabled: !Theme.reduceMotion && attract.visible
        SequentialAnimation {
            NumberAnimation { target: drift; property: "opacity"; to: 0.3; duration: 300 }
            PropertyAction {}
            NumberAnimation { target: drift; property: "opacity"; to: 1; duration: 500 }
        }
    }
    onStepChanged: shown = step
    onVisibleChanged: { step = 0; shown = 0; drift.opacity = 1 }

    function begin(language: string) {
        pressedLanguage = ""
        const chosen = language || slide.language
        if (chosen)
            Attract.startIn(chosen)
        Idle.dismissOverlay()
    }
    // The language whose name is at (x, y) in the loop, or "" for anywhere else.
    function languageAt(x: real, y: real): string {
        for (let i = 0; i < languagePills.count; ++i) {
            const pill = languagePills.itemAt(i)
            if (pill && pill.contains(pill.mapFromItem(attract, x, y)))
                return attract.languages[i].code
        }
        return ""
    }
    // One area takes every touch, so a touch on a name or beside it is one gesture, whatever
    // the drift does under a still finger.
    MouseArea {
        anchors.fill: parent
        preventStealing: true
        onPressed: mouse => attract.pressedLanguage = attract.languageAt(mouse.x, mouse.y)
        onReleased: mouse => attract.begin(attract.languageAt(mouse.x, mouse.y))
        onCanceled: attract.begin(attract.pressedLanguage)
    }

    Timer {
        interval: 6000
        repeat: true
        running: attract.visible
        onTriggered: attract.step = (attract.step + 1) % Math.max(1, attract.slides.length)
    }

    // The whole composition drifts on a slow Lissajous path.
    Item {
        id: drift
        width: parent.width
        height: parent.height
        property real phase: 0
        x: Theme.reduceMotion ? 0 : Math.sin(phase) * parent.width * 0.04
        y: Theme.reduceMotion ? 0 : Math.sin(phase * 1.7) * parent.height * 0.05
        NumberAnimation on phase {
            from: 0
            to: Math.PI * 2
            duration: 60000
            loops: Animation.Infinite
            running: attract.visible && !Theme.reduceMotion
        }

        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width * 0.8, 1300)
            // A short screen keeps the whole composition, language names included, in view
            // wherever the drift takes it.
            spacing: attract.height < 900 ? 24 : 48

            Image {
                objectName: "attractImage"
                source: attract.slide.image || ""
                fillMode: Image.PreserveAspectFit
                sourceSize.width: 880
                asynchronous: true
                Layout.preferredWidth: Math.min(640, attract.width * 0.6)
                Layout.preferredHeight: Math.min(Layout.preferredWidth * 0.75, attract.height * (attract.height < 900 ? 0.28 : 0.35))
                Layout.alignment: Qt.AlignHCenter
                Accessible.ignored: true
            }
            Text {
                objectName: "attractMessage"
                text: attract.slide.text || ""
                color: Theme.textOnPrimary
                font.pixelSize: Theme.attractSize
                font.bold: true
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Rectangle {
                radius: height / 2
                color: Theme.surface
                implicitHeight: touchRow.implicitHeight + 40
                implicitWidth: touchRow.implicitWidth + 96
                Layout.alignment: Qt.AlignHCenter
                RowLayout {
                    id: touchRow
                    anchors.centerIn: parent
                    spacing: 20
                    Icon { name: "mdi6.gesture-tap"; color: Theme.primaryDark; size: Theme.iconSize + 8 }
                    Text {
                        objectName: "attractTouch"
                        text: attract.slide.touch || ""
                        color: Theme.primaryDark
                        font.pixelSize: Theme.attractCallSize
                        font.bold: true
                        textFormat: Text.PlainText
                    }
                }
            }
            // Every language the kiosk offers, each in its own name: one tap starts in it. On one
            // line while they fit, else on as many as they need (a kiosk with many languages).
            Flow {
                id: languageFlow
                objectName: "attractLanguages"
                visible: attract.languages.length > 0
                spacing: 32
                // As wide as its widest line, at most the composition's width: the lines stand
                // centred under the call to touch.
                readonly property real room: Math.min(attract.width * 0.8, 1300)
                readonly property real widestLine: {
                    let widest = 0
                    let line = 0
                    for (const pill of children) {
                        const w = pill.implicitWidth
                        if (w <= 0)
                            continue
                        const longer = line === 0 ? w : line + spacing + w
                        if (longer > room && line > 0) {
                            widest = Math.max(widest, line)
                            line = w
                        } else {
                            line = longer
                        }
                    }
                    return Math.min(room, Math.max(widest, line))
                }
                Layout.preferredWidth: widestLine
                Layout.minimumWidth: widestLine
                Layout.maximumWidth: widestLine
                Layout.alignment: Qt.AlignHCenter
                Repeater {
                    id: languagePills
                    model: attract.languages
                    // A Control, as the language button: marked as its own language, so a screen
                    // reader speaks "Español" with a Spanish voice.
                    delegate: T.Control {
                        id: pill
                        required property var modelData
                        readonly property bool down: attract.pressedLanguage === modelData.code
                        objectName: "attractLanguage_" + modelData.code
                        locale: Qt.locale(modelData.locale)
                        padding: Theme.gap
                        leftPadding: Theme.margin
                        rightPadding: Theme.margin
                        implicitWidth: implicitContentWidth + leftPadding + rightPadding
                        implicitHeight: Math.max(Theme.touchMin, implicitContentHeight + topPadding + bottomPadding)
                        Accessible.role: Accessible.Button
                        Accessible.name: modelData.name
                        Accessible.onPressAction: attract.begin(pill.modelData.code)
                        background: Rectangle {
                            radius: height / 2
                            color: pill.down ? Theme.surface : "transparent"
                            border.color: Theme.textOnPrimary
                            border.width: Theme.borderStrong
                        }
                        contentItem: Text {
                            text: pill.modelData.name
                            color: pill.down ? Theme.primaryDark : Theme.textOnPrimary
                            font.pixelSize: Theme.attractCallSize
                            font.bold: true
                            textFormat: Text.PlainText
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            Accessible.ignored: true
                        }
                    }
                }
            }
        }
    }
}
