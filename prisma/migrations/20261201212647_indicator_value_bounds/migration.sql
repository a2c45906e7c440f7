-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "maxValue" DECIMAL(18,4),
ADD COLUMN     "minValue" DECIMAL(18,4);
