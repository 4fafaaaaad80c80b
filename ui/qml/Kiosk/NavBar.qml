import QtQuick
import QtQuick.Layouts

// The four main screens, each one tap away, at the bottom where a seated patient can reach.
Rectangle {
    id: bar
    implicitHeight: Theme.navHeight
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: 2
        color: Theme.divider
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 14
        spacing: 14

        Repeater {
            model: app.navModel
            delegate: TouchButton {
                required property string screenId
                required property string label
                required property string icon
                objectName: "nav_" + screenId
                text: label
                iconName: icon
                vertical: true
                flat: !checked
                checked: app.currentScreen === screenId && !myQuestions.isOpen
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                onClicked: {
                    myQuestions.setOpen(false)
                    app.go(screenId)
                }
            }
        }
    }
}
