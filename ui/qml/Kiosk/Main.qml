import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The kiosk window: header, the four main screens in a swipe view, References as a layer
// over them, the disclaimer and the navigation bar. Python decides size, flags and showing.
Window {
    id: root
    objectName: "kioskWindow"
    width: 1920
    height: 1080
    visible: false
    color: Theme.background
    title: app.appTitle

    // Everything stands in a rotor, so a monitor mounted turned can still show the kiosk
    // upright (config "orientation"); touches are mapped through the same rotation.
    Item {
        id: rotor
        anchors.centerIn: parent
        rotation: app.rotation
        width: app.rotation % 180 === 0 ? root.width : root.height
        height: app.rotation % 180 === 0 ? root.height : root.width
        // Portrait: the patient's controls move down within reach of a seated person; so they do
        // on a landscape screen too narrow for them beside a readable title (1366 px in Spanish).
        readonly property bool portrait: height > width
        readonly property bool controlsBelow: portrait || width < header.fixedWidth + displayControls.implicitWidth + 440

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            Header {
                id: header
                Layout.fillWidth: true
            }

            Item {
                id: stage
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true

                SwipeView {
                    id: swipe
                    objectName: "mainSwipe"
                    anchors.fill: parent
                    interactive: !app.referencesOpen
                    // The patient's swipe is forwarded to Python, which owns the state; Python's
                    // change comes back through onScreenChanged. One path either way.
                    onCurrentIndexChanged: if (currentIndex !== app.currentIndex) app.goIndex(currentIndex)

                    contentItem: ListView {
                        model: swipe.contentModel
                        interactive: swipe.interactive
                        currentIndex: swipe.currentIndex
                        orientation: ListView.Horizontal
                        snapMode: ListView.SnapOneItem
                        boundsBehavior: Flickable.StopAtBounds
                        highlightRangeMode: ListView.StrictlyEnforceRange
                        preferredHighlightBegin: 0
                        preferredHighlightEnd: 0
                        highlightMoveDuration: Theme.transitionMs
                        // Keep all four screens alive: no delegate is rebuilt on a swipe.
                        cacheBuffer: width * 4
                        maximumFlickVelocity: 4 * width
                    }

                    InfoScreen { page: app.overview }
                    InfoScreen { page: app.neurostimulators }
                    InfoScreen { page: app.drugPumps }
                    FaqScreen {}
                }

                MyQuestionsScreen {
                    width: stage.width
                    height: stage.height
                    z: 2
                    x: myQuestions.isOpen ? 0 : stage.width
                    visible: x < stage.width
                    Behavior on x {
                        NumberAnimation {
                            duration: Theme.transitionMs
                            easing.type: Easing.OutCubic
                        }
                    }
                }

                ReferencesScreen {
                    id: references
                    width: stage.width
                    height: stage.height
                    x: app.referencesOpen ? 0 : stage.width
                    visible: x < stage.width
                    Behavior on x {
                        NumberAnimation {
                            duration: Theme.transitionMs
                            easing.type: Easing.OutCubic
                        }
                    }
                }
            }

            DisclaimerBar {
                Layout.fillWidth: true
            }

            Rectangle {
                id: bottomControls
                visible: rotor.controlsBelow
                color: Theme.surface
                implicitHeight: bottomSlot.implicitHeight + 16
                Layout.fillWidth: true
                Item {
                    id: bottomSlot
                    anchors.centerIn: parent
                    implicitWidth: childrenRect.width
                    implicitHeight: childrenRect.height
                }
            }

            NavBar {
                Layout.fillWidth: true
            }
        }

        DisplayControls {
            id: displayControls
            parent: rotor.controlsBelow ? bottomSlot : header.controlsSlot
        }

        GlossaryPopup {
            anchors.fill: parent
        }
        StillThereOverlay {
            anchors.fill: parent
        }
        AttractLoop {
            anchors.fill: parent
        }
        PinKeypad {
            anchors.fill: parent
        }
        AdminPanel {
            anchors.fill: parent
        }
    }

    Binding { target: Theme; property: "textScale"; value: app.textScale }
    Binding { target: Theme; property: "highContrast"; value: app.highContrast }
    Binding { target: Theme; property: "reduceMotion"; value: app.reduceMotion }

    Connections {
        target: app
        function onScreenChanged() {
            if (swipe.currentIndex !== app.currentIndex)
                swipe.setCurrentIndex(app.currentIndex)
        }
    }
}
