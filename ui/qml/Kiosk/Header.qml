import QtQuick
import QtQuick.Layouts

// App title on the left; References always one tap away on the right.
Rectangle {
    id: header
    implicitHeight: Theme.headerHeight
    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin / 2
        spacing: Theme.gap

        Icon {
            id: logo
            objectName: "logo"
            name: "mdi6.hand-heart-outline"
            color: Theme.primary
            size: 52
            // Staff access: five taps on the logo within three seconds. Hidden on purpose,
            // and harmless if a patient finds it (a PIN keypad follows).
            property var taps: []
            TapHandler {
                margin: 24
                onTapped: {
                    const now = Date.now()
                    logo.taps = logo.taps.filter(t => now - t < 3000).concat([now])
                    if (logo.taps.length >= 5) {
                        logo.taps = []
                        admin.requestAccess()
                    }
                }
            }
        }
        Text {
            objectName: "appTitle"
            text: app.appTitle
            color: Theme.primaryDark
            font.pixelSize: 34
            font.bold: true
            elide: Text.ElideRight
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        TouchButton {
            objectName: "referencesButton"
            text: qsTr("References")
            iconName: "mdi6.book-open-variant"
            flat: !checked
            checked: app.referencesOpen
            onClicked: app.go("references")
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 2
        color: Theme.divider
    }
}
