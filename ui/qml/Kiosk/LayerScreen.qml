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
    readonly property bool open: Navigation.screen === layerScreen.place
    color: Theme.background
    enabled: open
    x: open ? 0 : width
    visible: x < width
    function bringIntoView(item: Item) {
        flick.bringIntoViewSoon(item)
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
