import QtQuick
import QtQuick.Layouts

// Shown when nobody has touched the kiosk for a while: a slow loop of invitations that drifts
// across the screen, so no pixel stays still (burn-in) and passers-by see it is alive.
// A touch anywhere returns to Overview; it is swallowed so nothing underneath is pressed.
Rectangle {
    id: attract
    objectName: "attractLoop"
    visible: Idle.overlay === Idle.Attract
    gradient: Gradient {
        GradientStop { position: 0.0; color: Theme.primaryDark }
        GradientStop { position: 1.0; color: Theme.primary }
    }

    readonly property var messages: [
        qsTr("Living with chronic pain?"),
        qsTr("When pain medicines are not enough, other treatments may help."),
        qsTr("Learn about neurostimulators and drug pumps."),
        qsTr("Touch the screen to learn about your options.")
    ]
    readonly property var images: [Content.overview.imageUrl, Content.neurostimulators.imageUrl, Content.drugPumps.imageUrl]
    property int step: 0

    MouseArea {
        anchors.fill: parent
        preventStealing: true
        onReleased: Idle.dismissOverlay()
        onCanceled: Idle.dismissOverlay()
    }

    Timer {
        interval: 6000
        repeat: true
        running: attract.visible
        onTriggered: attract.step = (attract.step + 1) % attract.messages.length
    }

    // The whole composition drifts on a slow Lissajous path.
    Item {
        id: drift
        width: parent.width
        height: parent.height
        property real phase: 0
        x: Math.sin(phase) * parent.width * 0.04
        y: Math.sin(phase * 1.7) * parent.height * 0.05
        NumberAnimation on phase {
            from: 0
            to: Math.PI * 2
            duration: 60000
            loops: Animation.Infinite
            running: attract.visible
        }

        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width * 0.8, 1300)
            spacing: 48

            Image {
                source: attract.images[attract.step % attract.images.length]
                fillMode: Image.PreserveAspectFit
                sourceSize.width: 880
                asynchronous: true
                Layout.preferredWidth: Math.min(640, attract.width * 0.6)
                Layout.preferredHeight: Layout.preferredWidth * 0.75
                Layout.alignment: Qt.AlignHCenter
                Accessible.ignored: true
            }
            Text {
                objectName: "attractMessage"
                text: attract.messages[attract.step]
                color: Theme.textOnPrimary
                font.pixelSize: Theme.attractSize
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                Behavior on text {
                    SequentialAnimation {
                        NumberAnimation { target: drift; property: "opacity"; to: 0.3; duration: 300 }
                        PropertyAction {}
                        NumberAnimation { target: drift; property: "opacity"; to: 1; duration: 500 }
                    }
                }
            }
            Rectangle {
                radius: height / 2
                color: Theme.surface
                implicitHeight: 110
                implicitWidth: touchRow.implicitWidth + 96
                Layout.alignment: Qt.AlignHCenter
                RowLayout {
                    id: touchRow
                    anchors.centerIn: parent
                    spacing: 20
                    Icon { name: "mdi6.gesture-tap"; color: Theme.primaryDark; size: Theme.iconSize + 8 }
                    Text {
                        text: qsTr("Touch to start")
                        color: Theme.primaryDark
                        font.pixelSize: Theme.attractCallSize
                        font.bold: true
                    }
                }
            }
        }
    }
}
