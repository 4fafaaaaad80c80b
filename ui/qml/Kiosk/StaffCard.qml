import QtQuick
import QtQuick.Layouts

// The clinic's own "Ask our staff" card on Overview (from IT's clinic folder).
Rectangle {
    id: card
    objectName: "staffCard"
    readonly property bool hasCard: app.staffCardHeading !== ""
    visible: hasCard
    width: parent ? parent.width : implicitWidth
    implicitHeight: hasCard ? layout.implicitHeight + 2 * Theme.cardPadding : 0
    radius: Theme.radius
    color: Theme.primarySoft
    border.color: Theme.primary
    border.width: 2

    RowLayout {
        id: layout
        x: Theme.cardPadding
        y: Theme.cardPadding
        width: parent.width - 2 * Theme.cardPadding
        spacing: 28
        Icon {
            name: "mdi6.account-heart-outline"
            color: Theme.primaryDark
            size: 72
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            spacing: 12
            Layout.fillWidth: true
            Text {
                text: app.staffCardHeading
                color: Theme.primaryDark
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                text: app.staffCardText
                color: Theme.text
                font.pixelSize: Theme.bodySize
                lineHeight: Theme.lineHeight
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Text {
                visible: app.clinicPhone !== ""
                text: app.clinicName ? app.clinicName + " · " + app.clinicPhone : app.clinicPhone
                color: Theme.primaryDark
                font.pixelSize: Theme.bodySize
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}
