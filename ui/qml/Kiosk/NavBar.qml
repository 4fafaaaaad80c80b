pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The four main screens, each one tap away, at the bottom where a seated patient can reach.
Rectangle {
    id: bar
    implicitHeight: Theme.navHeight
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: Theme.dividerWidth
        color: Theme.divider
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 14
        spacing: 14

        Repeater {
            model: Content.navModel
            delegate: TouchButton {
                required property string screenId
                required property int place
                required property string label
                required property string icon
                objectName: "nav_" + screenId
                text: label
                iconName: icon
                vertical: true
                flat: !checked
                checked: Navigation.screen === place
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                onClicked: Navigation.go(place)
            }
        }
    }
}
