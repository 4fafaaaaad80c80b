import QtQuick
import QtQuick.Layouts

// App title on the left; References always one tap away on the right.
Rectangle {
    id: header
    property alias controlsSlot: slot
    // Width taken by everything but the title and the display controls: Main.qml moves the
    // controls down when they and a readable title would not fit beside these.
    readonly property real fixedWidth: row.anchors.leftMargin + row.anchors.rightMargin + logo.width
        + (clinicLogo.visible ? clinicLogo.Layout.preferredWidth + row.spacing : 0)
        + myQuestionsButton.implicitWidth + referencesButton.implicitWidth + 4 * row.spacing
    implicitHeight: Math.max(Theme.headerHeight, row.implicitHeight + 16)
    color: Theme.surface

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin / 2
        spacing: Theme.gap

        Icon {
            id: logo
            objectName: "logo"
            name: "mdi6.hand-heart-outline"
            color: Theme.primary
            size: Theme.logoSize
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
                        Staff.requestAccess()
                    }
                }
            }
        }
        Image {
            id: clinicLogo
            objectName: "clinicLogo"
            visible: Clinic.logo !== ""
            source: Clinic.logo
            sourceSize.height: 72
            fillMode: Image.PreserveAspectFit
            Layout.preferredHeight: 72
            Layout.preferredWidth: visible ? Math.min(220, implicitWidth) : 0
            Accessible.role: Accessible.Graphic
            Accessible.name: Clinic.name
        }
        Heading {
            objectName: "appTitle"
            text: Content.appTitle
            font.pixelSize: Theme.appTitleSize
            Layout.fillWidth: true
        }
        Item {
            id: slot
            implicitWidth: childrenRect.width
            implicitHeight: childrenRect.height
            Layout.alignment: Qt.AlignVCenter
        }
        TouchButton {
            id: myQuestionsButton
            objectName: "myQuestionsButton"
            text: qsTr("My questions (%1)").arg(MyQuestions.count)
            iconName: "mdi6.clipboard-text-outline"
            labelSize: Theme.controlLabelSize
            flat: !checked
            checked: Navigation.myQuestionsOpen
            onClicked: Navigation.go(Navigation.MyQuestions)
        }
        TouchButton {
            id: referencesButton
            objectName: "referencesButton"
            text: qsTr("References")
            iconName: "mdi6.book-open-variant"
            labelSize: Theme.controlLabelSize
            flat: !checked
            checked: Navigation.referencesOpen
            onClicked: Navigation.go(Navigation.References)
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.dividerWidth
        color: Theme.divider
    }
}
