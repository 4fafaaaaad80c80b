import QtQuick
import QtQuick.Layouts

// The clinic's own "Ask our staff" card on Overview (from IT's clinic folder).
Card {
    id: card
    objectName: "staffCard"
    visible: Clinic.staffCardHeading !== ""
    color: Theme.primarySoft
    border.color: Theme.primary
    border.width: Theme.dividerWidth

    RowLayout {
        spacing: 28
        Layout.fillWidth: true
        Icon {
            name: "mdi6.account-heart-outline"
            color: Theme.primaryDark
            size: Theme.iconLarge
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            spacing: 12
            Layout.fillWidth: true
            Heading {
                text: Clinic.staffCardHeading
                Layout.fillWidth: true
            }
            BodyText {
                text: Clinic.staffCardText
                Layout.fillWidth: true
            }
            BodyText {
                visible: Clinic.phone !== ""
                text: Clinic.contact
                color: Theme.primaryDark
                font.bold: true
                Layout.fillWidth: true
            }
        }
    }
}
