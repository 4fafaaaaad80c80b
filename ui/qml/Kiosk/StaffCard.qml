import QtQuick
import QtQuick.Layouts

// "Ask our staff" on Overview: the clinic folder's own card, or, when IT set only the clinic's
// phone, these words with it. Nothing when neither is set.
Card {
    id: card
    objectName: "staffCard"
    visible: Clinic.staffCardHeading !== "" || Clinic.phone !== ""
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
                text: Clinic.staffCardHeading || qsTr("Ask our staff")
                Layout.fillWidth: true
            }
            BodyText {
                text: Clinic.staffCardText || qsTr("Our staff are happy to answer your questions. Ask at the front desk.")
                Layout.fillWidth: true
            }
            BodyText {
                objectName: "staffCardContact"
                visible: Clinic.phone !== ""
                text: Clinic.contact
                color: Theme.primaryDark
                font.bold: true
                Layout.fillWidth: true
            }
        }
    }
}
