import QtQuick
import QtQuick.Layouts

// The app's name on the left; "I'm finished", the patient's list and References always one tap
// away on the right.
Rectangle {
    id: header
    // A short screen: lower buttons and a lower header, so the page keeps its room.
    property bool compact: false
    // A narrow (portrait) screen: the buttons go under the title, which keeps the whole width.
    property bool stacked: false
    implicitHeight: Math.max(compact ? Theme.touchCompact + 16 : Theme.headerHeight, column.implicitHeight + 16)
    color: Theme.surface

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin / 2
        anchors.topMargin: 8
        anchors.bottomMargin: 8
        spacing: 8

        RowLayout {
            id: row
            spacing: Theme.gap
            Layout.fillWidth: true

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
                        const now = Date.now();
                        logo.taps = logo.taps.filter(t => now - t < 3000).concat([now]);
                        if (logo.taps.length >= 5) {
                            logo.taps = [];
                            Staff.requestAccess();
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
                // Two lines at most (three on a short screen, within the buttons' height); a long title
                // gets smaller rather than break inside a word.
                fontSizeMode: Text.Fit
                wrapMode: Text.WordWrap
                minimumPixelSize: Theme.minLabelSize
                maximumLineCount: header.compact ? 3 : 2
                Layout.fillWidth: true
                Layout.preferredHeight: header.compact ? Theme.touchCompact : Theme.appTitleSize * 2.6
                verticalAlignment: Text.AlignVCenter
            }
            Item {
                id: topActions
                visible: !header.stacked
                implicitWidth: childrenRect.width
                implicitHeight: childrenRect.height
                Layout.alignment: Qt.AlignVCenter
            }
        }
        Item {
            id: bottomActions
            visible: header.stacked
            implicitWidth: childrenRect.width
            implicitHeight: childrenRect.height
            Layout.alignment: Qt.AlignRight
        }
    }

    // The controls of the header's right end: beside the title, or under it on a narrow screen.
    RowLayout {
        id: actions
        parent: header.stacked ? bottomActions : topActions
        spacing: Theme.gap
        // "I'm finished": asked once, then the screen starts over for the next person at once,
        // instead of leaving this patient's questions up until the idle reset.
        TouchButton {
            id: finishButton
            objectName: "finishButton"
            text: qsTr("I'm finished")
            iconName: "mdi6.logout-variant"
            labelSize: Theme.controlLabelSize
            minHeight: header.compact ? Theme.touchCompact : Theme.touchMin
            outlined: true
            flat: true
            onClicked: Idle.askFinish(true)
        }
        TouchButton {
            id: myQuestionsButton
            objectName: "myQuestionsButton"
            text: qsTr("My list to ask (%1)").arg(MyQuestions.count)
            iconName: "mdi6.clipboard-text-outline"
            labelSize: Theme.controlLabelSize
            minHeight: header.compact ? Theme.touchCompact : Theme.touchMin
            // Filled (as References): the patient's list and the studies rank above the display choices.
            checked: Navigation.myQuestionsOpen
            checkable: true  // "pressed" to a screen reader while the list is open
            // As wide as with a two-digit count whatever the count, so the header does not
            // shift as the list grows.
            Layout.preferredWidth: Math.ceil(widest.advanceWidth) + iconSize + 12 + 40
            onClicked: Navigation.go(Navigation.MyQuestions)
            TextMetrics {
                id: widest
                font.pixelSize: Theme.controlLabelSize
                font.bold: true
                text: qsTr("My list to ask (%1)").arg(88)
            }
        }
        TouchButton {
            id: referencesButton
            objectName: "referencesButton"
            text: qsTr("References")
            iconName: "mdi6.book-open-variant"
            labelSize: Theme.controlLabelSize
            minHeight: header.compact ? Theme.touchCompact : Theme.touchMin
            checked: Navigation.referencesOpen
            checkable: true
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
