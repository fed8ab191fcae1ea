-- AlterTable
ALTER TABLE "Licence" ADD COLUMN     "forbiddenUses" TEXT;
