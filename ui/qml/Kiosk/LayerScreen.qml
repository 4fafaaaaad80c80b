import QtQuick
import QtQuick.Layouts

// A screen that slides in over the main ones from the header (References, My list to ask):
// Back returns the patient to the screen they came from.
Rectangle {
    id: layerScreen
    required property int place
    required property string screenName
    property string backName: screenName + "Back"
    property alias title: heading.text
    default property alias body: flick.body
    readonly property alias flickable: flick
    readonly property alias backButton: back
    readonly property bool open: Navigation.screen === layerScreen.place
    color: Theme.background
    enabled: open
    x: open ? 0 : width
    visible: x < width
    function bringIntoView(item: Item) {
        flick.bringIntoViewSoon(item)
    }
    // Where keyboard focus goes when a link inside a main screen opens this one (Main.qml):
    // Back, unless the screen offers a nearer control (a cited study's own way back).
    function focusTarget(): Item {
        return backButton
    }
    function takeFocus() {
        focusTarget().forceActiveFocus(Qt.OtherFocusReason)
    }
    function holds(item: Item): bool {
        for (let p = item; p; p = p.parent) {
            if (p === layerScreen)
                return true
        }
        return false
    }

    Behavior on x {
        NumberAnimation {
            duration: Theme.transitionMs
            easing.type: Easing.OutCubic
        }
    }

    ScreenFlickable {
        id: flick
        objectName: "screen_" + layerScreen.screenName
        anchors.fill: parent
        Accessible.name: layerScreen.title

        RowLayout {
            width: parent.width
            TouchButton {
                id: back
                objectName: layerScreen.backName
                text: qsTr("Back")
                iconName: "mdi6.arrow-left"
                onClicked: Navigation.closeLayer()
            }
            Item { Layout.fillWidth: true }
        }
        Heading {
            id: heading
            objectName: "pageTitle_" + layerScreen.screenName
            level: 1
        }
    }
}
