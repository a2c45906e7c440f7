-- CreateEnum
CREATE TYPE "ImportFormat" AS ENUM ('XLSX', 'CSV', 'IV3');

-- CreateEnum
CREATE TYPE "ImportFlavour" AS ENUM ('STRUCTURE', 'REALISATIE', 'IV3');

-- CreateEnum
CREATE TYPE "ImportJobStatus" AS ENUM ('WAITING', 'READING', 'PLANNED', 'APPLYING', 'DONE', 'FAILED', 'CANCELLED');

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "programmeId" TEXT,
    "userId" TEXT,
    "format" "ImportFormat" NOT NULL,
    "flavour" "ImportFlavour" NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "file" BYTEA,
    "options" JSONB NOT NULL DEFAULT '{}',
    "status" "ImportJobStatus" NOT NULL DEFAULT 'WAITING',
    "phase" TEXT,
    "progressDone" INTEGER NOT NULL DEFAULT 0,
    "progressTotal" INTEGER NOT NULL DEFAULT 0,
    "preview" JSONB,
    "summary" JSONB,
    "errorMessage" TEXT,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Taakveld" (
    "numbering" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" INTEGER NOT NULL,

    CONSTRAINT "Taakveld_pkey" PRIMARY KEY ("numbering","code")
);

-- CreateIndex
CREATE INDEX "ImportJob_municipalityId_createdAt_idx" ON "ImportJob"("municipalityId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportJob_documentId_idx" ON "ImportJob"("documentId");

-- CreateIndex
CREATE INDEX "ImportJob_programmeId_idx" ON "ImportJob"("programmeId");

-- CreateIndex
CREATE INDEX "ImportJob_userId_idx" ON "ImportJob"("userId");

-- CreateIndex
CREATE INDEX "ImportJob_status_idx" ON "ImportJob"("status");

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PcDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Reference data: the CBS Iv3 taakvelden in both numberings (lib/finance/reference/README.md: source and licence).
INSERT INTO "Taakveld" ("numbering", "code", "name", "level") VALUES
(2024, '0.', 'BESTUUR EN ONDERSTEUNING', 1),
(2024, '0.1', 'Bestuur', 2),
(2024, '0.2', 'Burgerzaken', 2),
(2024, '0.3', 'Beheer overige gebouwen en gronden', 2),
(2024, '0.4', 'Overhead', 2),
(2024, '0.5', 'Treasury', 2),
(2024, '0.61', 'OZB woningen', 2),
(2024, '0.62', 'OZB niet-woningen', 2),
(2024, '0.63', 'Parkeerbelasting', 2),
(2024, '0.64', 'Belastingen overig', 2),
(2024, '0.7', 'Algemene uitkeringen en overige uitkeringen gemeentefonds', 2),
(2024, '0.8', 'Overige baten en lasten', 2),
(2024, '0.9', 'Vennootschapsbelasting (VpB)', 2),
(2024, '0.10', 'Mutaties reserves', 2),
(2024, '0.11', 'Resultaat van de rekening van baten en lasten', 2),
(2024, '1.', 'VEILIGHEID', 1),
(2024, '1.1', 'Crisisbeheersing en brandweer', 2),
(2024, '1.2', 'Openbare orde en veiligheid', 2),
(2024, '2.', 'VERKEER, VERVOER EN WATERSTAAT', 1),
(2024, '2.1', 'Verkeer en vervoer', 2),
(2024, '2.2', 'Parkeren', 2),
(2024, '2.3', 'Recreatieve havens', 2),
(2024, '2.4', 'Economische havens en waterwegen', 2),
(2024, '2.5', 'Openbaar vervoer', 2),
(2024, '3.', 'ECONOMIE', 1),
(2024, '3.1', 'Economische ontwikkeling', 2),
(2024, '3.2', 'Fysieke bedrijfsinfrastructuur', 2),
(2024, '3.3', 'Bedrijvenloket en bedrijfsregelingen', 2),
(2024, '3.4', 'Economische promotie', 2),
(2024, '4.', 'ONDERWIJS', 1),
(2024, '4.1', 'Openbaar basisonderwijs', 2),
(2024, '4.2', 'Onderwijshuisvesting', 2),
(2024, '4.3', 'Onderwijsbeleid en leerlingzaken', 2),
(2024, '5.', 'SPORT, CULTUUR EN RECREATIE', 1),
(2024, '5.1', 'Sportbeleid en activering', 2),
(2024, '5.2', 'Sportaccommodaties', 2),
(2024, '5.3', 'Cultuurpresentatie, cultuurproductie en cultuurparticipatie', 2),
(2024, '5.4', 'Musea', 2),
(2024, '5.5', 'Cultureel erfgoed', 2),
(2024, '5.6', 'Media', 2),
(2024, '5.7', 'Openbaar groen en (openlucht) recreatie', 2),
(2024, '6.', 'SOCIAAL DOMEIN', 1),
(2024, '6.1', 'Samenkracht en burgerparticipatie', 2),
(2024, '6.2', 'Toegang en eerstelijnsvoorzieningen', 2),
(2024, '6.3', 'Inkomensregelingen', 2),
(2024, '6.4', 'WSW en beschut werk', 2),
(2024, '6.5', 'Arbeidsparticipatie', 2),
(2024, '6.6', 'Maatwerkvoorzieningen (WMO)', 2),
(2024, '6.71', 'Maatwerkdienstverlening 18+', 2),
(2024, '6.71a', 'Huishoudelijke hulp (WMO)', 2),
(2024, '6.71b', 'Begeleiding (WMO)', 2),
(2024, '6.71c', 'Dagbesteding (WMO)', 2),
(2024, '6.71d', 'Overige maatwerkarrangementen (WMO)', 2),
(2024, '6.72', 'Maatwerkdienstverlening 18-', 2),
(2024, '6.72a', 'Jeugdhulp begeleiding', 2),
(2024, '6.72b', 'Jeugdhulp behandeling', 2),
(2024, '6.72c', 'Jeugdhulp dagbesteding', 2),
(2024, '6.72d', 'Jeugdhulp zonder verblijf overig', 2),
(2024, '6.73a', 'Pleegzorg', 2),
(2024, '6.73b', 'Gezinsgericht', 2),
(2024, '6.73c', 'Jeugdhulp met verblijf overig', 2),
(2024, '6.74a', 'Jeugd behandeling GGZ zonder verblijf', 2),
(2024, '6.74b', 'Jeugdhulp crisis/LTA/GGZ-verblijf', 2),
(2024, '6.74c', 'Gesloten plaatsing', 2),
(2024, '6.81', 'Geëscaleerde zorg 18+', 2),
(2024, '6.81a', 'Beschermd wonen (WMO)', 2),
(2024, '6.81b', 'Maatschappelijke- en vrouwenopvang (WMO)', 2),
(2024, '6.82', 'Geëscaleerde zorg 18-', 2),
(2024, '6.82a', 'Jeugdbescherming', 2),
(2024, '6.82b', 'Jeugdreclassering', 2),
(2024, '7.', 'VOLKSGEZONDHEID EN MILIEU', 1),
(2024, '7.1', 'Volksgezondheid', 2),
(2024, '7.2', 'Riolering', 2),
(2024, '7.3', 'Afval', 2),
(2024, '7.4', 'Milieubeheer', 2),
(2024, '7.5', 'Begraafplaatsen en crematoria', 2),
(2024, '8.', 'VOLKSHUISVESTING, LEEFOMGEVING EN STEDELIJKE VERNIEUWING', 1),
(2024, '8.1', 'Ruimte en leefomgeving', 2),
(2024, '8.2', 'Grondexploitatie (niet-bedrijventerreinen)', 2),
(2024, '8.3', 'Wonen en bouwen', 2);
INSERT INTO "Taakveld" ("numbering", "code", "name", "level") VALUES
(2025, '0.', 'BESTUUR EN ONDERSTEUNING', 1),
(2025, '0.1', 'Bestuur', 2),
(2025, '0.2', 'Burgerzaken', 2),
(2025, '0.3', 'Beheer overige gebouwen en gronden', 2),
(2025, '0.4', 'Overhead', 2),
(2025, '0.5', 'Treasury', 2),
(2025, '0.61', 'OZB woningen', 2),
(2025, '0.62', 'OZB niet-woningen', 2),
(2025, '0.63', 'Parkeerbelasting', 2),
(2025, '0.64', 'Belastingen overig', 2),
(2025, '0.7', 'Algemene uitkeringen en overige uitkeringen gemeentefonds', 2),
(2025, '0.8', 'Overige baten en lasten', 2),
(2025, '0.9', 'Vennootschapsbelasting (VpB)', 2),
(2025, '0.10', 'Mutaties reserves', 2),
(2025, '0.11', 'Resultaat van de rekening van baten en lasten', 2),
(2025, '1.', 'VEILIGHEID', 1),
(2025, '1.1', 'Crisisbeheersing en brandweer', 2),
(2025, '1.2', 'Openbare orde en veiligheid', 2),
(2025, '2.', 'VERKEER, VERVOER EN WATERSTAAT', 1),
(2025, '2.1', 'Verkeer en vervoer', 2),
(2025, '2.2', 'Parkeren', 2),
(2025, '2.3', 'Recreatieve havens', 2),
(2025, '2.4', 'Economische havens en waterwegen', 2),
(2025, '2.5', 'Openbaar vervoer', 2),
(2025, '3.', 'ECONOMIE', 1),
(2025, '3.1', 'Economische ontwikkeling', 2),
(2025, '3.2', 'Fysieke bedrijfsinfrastructuur', 2),
(2025, '3.3', 'Bedrijvenloket en bedrijfsregelingen', 2),
(2025, '3.4', 'Economische promotie', 2),
(2025, '4.', 'ONDERWIJS', 1),
(2025, '4.1', 'Openbaar basisonderwijs', 2),
(2025, '4.2', 'Onderwijshuisvesting', 2),
(2025, '4.3', 'Onderwijsbeleid en leerlingzaken', 2),
(2025, '5.', 'SPORT, CULTUUR EN RECREATIE', 1),
(2025, '5.1', 'Sportbeleid en activering', 2),
(2025, '5.2', 'Sportaccommodaties', 2),
(2025, '5.3', 'Cultuurpresentatie, cultuurproductie en cultuurparticipatie', 2),
(2025, '5.4', 'Musea', 2),
(2025, '5.5', 'Cultureel erfgoed', 2),
(2025, '5.6', 'Media', 2),
(2025, '5.7', 'Openbaar groen en (openlucht) recreatie', 2),
(2025, '6.', 'SOCIAAL DOMEIN', 1),
(2025, '6.1', 'Samenkracht en burgerparticipatie', 2),
(2025, '6.21', 'Toegang en eerstelijnsvoorzieningen WMO', 2),
(2025, '6.22', 'Toegang en eerstelijnsvoorzieningen Jeugd', 2),
(2025, '6.23', 'Toegang en eerstelijnsvoorzieningen Integraal', 2),
(2025, '6.3', 'Inkomensregelingen', 2),
(2025, '6.4', 'WSW en beschut werk', 2),
(2025, '6.5', 'Arbeidsparticipatie', 2),
(2025, '6.60', 'Hulpmiddelen en diensten (WMO)', 2),
(2025, '6.711', 'Huishoudelijke hulp (WMO)', 2),
(2025, '6.712', 'Begeleiding (WMO)', 2),
(2025, '6.713', 'Dagbesteding (WMO)', 2),
(2025, '6.714', 'Overige maatwerkarrangementen (WMO)', 2),
(2025, '6.751', 'Jeugdhulp ambulant lokaal', 2),
(2025, '6.752', 'Jeugdhulp ambulant regionaal', 2),
(2025, '6.753', 'Jeugdhulp ambulant landelijk', 2),
(2025, '6.761', 'Jeugdhulp met verblijf lokaal', 2),
(2025, '6.762', 'Jeugdhulp met verblijf regionaal', 2),
(2025, '6.763', 'Jeugdhulp met verblijf landelijk', 2),
(2025, '6.791', 'PGB WMO', 2),
(2025, '6.792', 'PGB Jeugd', 2),
(2025, '6.811', 'Beschermd wonen (WMO)', 2),
(2025, '6.812', 'Maatschappelijke- en vrouwenopvang (WMO)', 2),
(2025, '6.821', 'Jeugdbescherming', 2),
(2025, '6.822', 'Jeugdreclassering', 2),
(2025, '6.91', 'Coördinatie en beleid WMO', 2),
(2025, '6.92', 'Coördinatie en beleid Jeugd', 2),
(2025, '7.', 'VOLKSGEZONDHEID EN MILIEU', 1),
(2025, '7.1', 'Volksgezondheid', 2),
(2025, '7.2', 'Riolering', 2),
(2025, '7.3', 'Afval', 2),
(2025, '7.4', 'Milieubeheer', 2),
(2025, '7.5', 'Begraafplaatsen en crematoria', 2),
(2025, '8.', 'VOLKSHUISVESTING, LEEFOMGEVING EN STEDELIJKE VERNIEUWING', 1),
(2025, '8.1', 'Ruimte en leefomgeving', 2),
(2025, '8.2', 'Grondexploitatie (niet-bedrijventerreinen)', 2),
(2025, '8.3', 'Wonen en bouwen', 2);
